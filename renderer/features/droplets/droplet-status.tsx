import type { InFlightAction } from '../../../shared/action-types';
import type { DropletRow } from '../../../shared/droplet-types';
import { Spinner } from '../../components/spinner';
import { cx } from '../../components/cx';
import { progressBasis, progressText } from '../../tracking/progress-format';
import { dropletStatuses } from './droplet-format';
import './droplet-status.css';

export interface DropletStatusProps {
  status: DropletRow['status'];
  /** The action running on the droplet, if any: it takes the place of the status. */
  action?: InFlightAction;
}

/** The droplet's status as a coloured dot and a word, or what is running on it and how far along. */
export const DropletStatus = ({ status, action }: DropletStatusProps) => {
  if (action) {
    return (
      <span className="droplet-status droplet-status--busy" title={progressBasis(action)}>
        <Spinner size="sm" />
        <span className="droplet-status__text">{progressText(action)}</span>
      </span>
    );
  }
  const { label, tone } = dropletStatuses[status];
  return (
    <span className={cx('droplet-status', `droplet-status--${tone}`)}>
      <span aria-hidden="true" className="droplet-status__dot" />
      <span className="droplet-status__text">{label}</span>
    </span>
  );
};
