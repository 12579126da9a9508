import { useQuery } from '@tanstack/react-query';
import { dropletKinds } from '../../../shared/actions/droplet-kinds';
import { TombstonePane } from '../../components/tombstone-pane';
import type { GoneResource } from '../../resources/gone';
import { dropletQueries } from './queries';

/** What the live pane's bar offers, so the tombstone shows the same controls, each unavailable. */
const verbs = [dropletKinds.power_on.words.verb, dropletKinds.power_off.words.verb, 'More actions'];

/** The pane of a droplet DigitalOcean answered 404 for; its history is only what was loaded before (asking again would 404). */
export const DropletTombstone = ({ gone, onClose }: { gone: GoneResource; onClose: () => void }) => {
  const history = useQuery({ ...dropletQueries.history(gone.id), enabled: false }).data;
  return <TombstonePane type="droplet" gone={gone} actions={verbs} history={history} onClose={onClose} />;
};
