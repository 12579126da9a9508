import type { InFlightAction } from '../../../shared/action-types';
import type { ImageRow } from '../../../shared/image-types';
import { StatusDot } from '../../components/status-dot';
import { TrackedStatus } from '../../tracking/tracked-status';
import { importFailed, statusLabel } from './image-format';

export interface ImageStatusProps {
  row: Pick<ImageRow, 'status' | 'errorMessage'>;
  /** A transfer, conversion or import running on the image: it takes the place of the status. */
  action?: InFlightAction;
}

/** The image's status as a coloured dot and a word, or what is running on it and how far along. */
export const ImageStatus = ({ row, action }: ImageStatusProps) => {
  if (action) return <TrackedStatus action={action} />;
  const { label, tone } = statusLabel(row);
  return <StatusDot tone={tone} text={label} title={importFailed(row) ? row.errorMessage : undefined} />;
};
