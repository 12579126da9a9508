import type { InFlightAction } from '../../../shared/action-types';
import type { ImageRow } from '../../../shared/image-types';
import { cx } from '../../components/cx';
import { Spinner } from '../../components/spinner';
import { progressBasis, progressText } from '../../tracking/progress-format';
import { importFailed, statusLabel } from './image-format';
import './image-status.css';

export interface ImageStatusProps {
  row: Pick<ImageRow, 'status' | 'errorMessage'>;
  /** A transfer, conversion or import running on the image: it takes the place of the status. */
  action?: InFlightAction;
}

/** The image's status as a coloured dot and a word, or what is running on it and how far along. */
export const ImageStatus = ({ row, action }: ImageStatusProps) => {
  if (action) {
    return (
      <span className="image-status image-status--busy" title={progressBasis(action)}>
        <Spinner size="sm" />
        <span className="image-status__text">{progressText(action)}</span>
      </span>
    );
  }
  const { label, tone } = statusLabel(row);
  return (
    <span className={cx('image-status', `image-status--${tone}`)} title={importFailed(row) ? row.errorMessage : undefined}>
      <span aria-hidden="true" className="image-status__dot" />
      <span className="image-status__text">{label}</span>
    </span>
  );
};
