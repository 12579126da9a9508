import type { InFlightAction } from '../../../shared/action-types';
import type { DropletRow } from '../../../shared/droplet-types';
import { StatusDot } from '../../components/status-dot';
import { TrackedStatus } from '../../tracking/tracked-status';
import { dropletStatuses } from './droplet-format';

export interface DropletStatusProps {
  status: DropletRow['status'];
  /** The action running on the droplet, if any: it takes the place of the status. */
  action?: InFlightAction;
  /** With a thin progress bar under the words (lists); a detail pane has its own bar. */
  bar?: boolean;
}

/** The droplet's status as a coloured dot and a word, or what is running on it and how far along. */
export const DropletStatus = ({ status, action, bar = true }: DropletStatusProps) => {
  if (action) return <TrackedStatus action={action} bar={bar} />;
  const { label, tone } = dropletStatuses[status];
  return <StatusDot tone={tone} text={label} />;
};
