import type { ImageRow } from '../../../shared/image-types';

export type ImageActionKind = 'create' | 'rename' | 'transfer' | 'convert' | 'delete';

/** What the rules look at: the image, and whether the tracker sees something running on it. */
export interface ImageActionState {
  row: Pick<ImageRow, 'type' | 'public' | 'status' | 'regions'>;
  /** A transfer, conversion or import is running on it. */
  busy: boolean;
}

export const publicImageReason = 'Public images belong to DigitalOcean.';

const notAvailable = (row: ImageActionState['row']): string | null => {
  if (row.status === 'available' || row.status === null) return null;
  if (row.status === 'NEW' || row.status === 'pending') return 'The image is still being imported.';
  return `The image is ${row.status}.`;
};

/** Why an action cannot run on the image now, or null when it can. */
export const imageActionUnavailable = (kind: ImageActionKind, { row, busy }: ImageActionState): string | null => {
  switch (kind) {
    case 'create':
      return notAvailable(row) ?? (row.regions.length === 0 ? 'The image is in no region yet.' : null);
    case 'rename':
      return row.public ? publicImageReason : null;
    case 'transfer':
      if (row.public) return publicImageReason;
      return notAvailable(row) ?? (busy ? 'Something is already running on this image: wait until it finishes.' : null);
    case 'convert':
      if (row.type !== 'backup') return 'Only backups can be converted to snapshots.';
      return notAvailable(row) ?? (busy ? 'Something is already running on this image: wait until it finishes.' : null);
    case 'delete':
      if (row.public) return publicImageReason;
      // An import may be deleted while it runs (that cancels it); a transfer or conversion may not.
      return busy && row.status === 'available' ? 'Wait until the transfer or conversion running on this image finishes.' : null;
  }
};
