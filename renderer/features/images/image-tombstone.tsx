import { useQuery } from '@tanstack/react-query';
import { imageKinds } from '../../../shared/actions/image-kinds';
import { imageQueries } from '../../catalog/queries';
import { TombstonePane } from '../../components/tombstone-pane';
import type { GoneResource } from '../../resources/gone';

/** What the live pane offers, so the tombstone shows the same controls, each unavailable. */
const verbs = [imageKinds.create_droplet.words.verb, imageKinds.rename.words.verb, imageKinds.transfer.words.verb, imageKinds.delete.words.verb];

/** The pane of an image DigitalOcean answered 404 for; its history is only what was loaded before (asking again would 404). */
export const ImageTombstone = ({ gone, onClose }: { gone: GoneResource; onClose: () => void }) => {
  const history = useQuery({ ...imageQueries.history(gone.id), enabled: false }).data;
  return <TombstonePane type="image" gone={gone} actions={verbs} history={history} onClose={onClose} />;
};
