import type { InFlightAction } from '../../../shared/action-types';
import type { ImageRow } from '../../../shared/image-types';
import { StatusDot } from '../../components/status-dot';
import { TrackedStatus } from '../../tracking/tracked-status';
import { importFailed, statusLabel } from './image-format';

export interface ImageStatusProps {
  row: Pick<ImageRow, 'status' | 'errorMessage'>;
  /** A transfer, conversion or import running on the image: it takes the place of the status. */
  action?: InFlightAction;
  /** With a thin progress bar under the words (lists); a detail pane has its own bar. */
  bar?: boolean;
}

/** The image's status as a coloured dot and a word, or what is running on it and how far along. */
export const ImageStatus = ({ row, action, bar = true }: ImageStatusProps) => {
  if (action) return <TrackedStatus action={action} bar={bar} />;
  const { label, tone } = statusLabel(row);
  return <StatusDot tone={tone} text={label} title={importFailed(row) ? row.errorMessage : undefined} />;
};
