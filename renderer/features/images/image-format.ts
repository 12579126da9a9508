import type { Image } from '../../../shared/do-types';
import { imageRow } from '../../../shared/image-rows';
import type { ImageRow } from '../../../shared/image-types';
import type { BadgeTone } from '../../components/badge';

type Status = NonNullable<ImageRow['status']>;

/** How the panel names and colours an image's `status`; an import's is its progress. */
export const imageStatuses: Record<Status, { label: string; tone: BadgeTone }> = {
  NEW: { label: 'Importing', tone: 'accent' },
  pending: { label: 'Pending', tone: 'accent' },
  available: { label: 'Available', tone: 'success' },
  deleted: { label: 'Deleted', tone: 'danger' },
  retired: { label: 'Retired', tone: 'neutral' },
};

/** A custom import that ended `deleted` failed; its `error_message` says why. */
export const importFailed = (row: Pick<ImageRow, 'status' | 'errorMessage'>): boolean => row.status === 'deleted' && row.errorMessage !== '';

export const statusLabel = (row: Pick<ImageRow, 'status' | 'errorMessage'>): { label: string; tone: BadgeTone } => {
  if (importFailed(row)) return { label: 'Import failed', tone: 'danger' };
  return row.status === null ? { label: 'Unknown', tone: 'neutral' } : imageStatuses[row.status];
};

const typeLabels: Record<NonNullable<ImageRow['type']>, string> = {
  snapshot: 'Snapshot',
  backup: 'Backup',
  custom: 'Custom',
  base: 'Base image',
  admin: 'Admin',
};

export const typeLabel = (type: ImageRow['type']): string => (type === null ? 'Unknown' : typeLabels[type]);

// The column's labels are adjectives ("Custom"); a sentence needs the thing they describe.
const typeNouns: Record<NonNullable<ImageRow['type']>, string> = {
  snapshot: 'snapshot',
  backup: 'backup',
  custom: 'custom image',
  base: 'base image',
  admin: 'image',
};

/** The image's kind as a noun for a sentence: "the custom image is removed". */
export const typeNoun = (type: ImageRow['type']): string => (type === null ? 'image' : typeNouns[type]);

/** `4.2 GB`; sizes under one GB keep two decimals, as DigitalOcean reports them. */
export const formatGigabytes = (value: number | null): string | null => (value === null ? null : `${Number(value.toFixed(2))} GB`);

/** DigitalOcean's description of one image as a row, for an open image no loaded list holds. */
export const rowOfImage = (image: Image, id: number): ImageRow => imageRow({ ...image, id: image.id ?? id }, image.name ?? `Image ${id}`);
