import type { ImageRow } from '../image-types';

/** What the image rules look at: the image, and whether the tracker sees something running on it. */
export interface ImageActionState {
  row: Pick<ImageRow, 'type' | 'public' | 'status' | 'regions'>;
  /** A transfer, conversion or import is running on it. */
  busy: boolean;
}
