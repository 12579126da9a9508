import type { Action, Image, Snapshot } from '../../shared/do-types';
import type { ImageRow } from '../../shared/image-types';

/** Images, snapshots and an image action as renderer tests expect the main side to answer them. */

/** A snapshot, as `images.list` shows it. */
export const sampleImageRow: ImageRow = {
  id: 7001,
  name: 'web-prod-01-2026-11-01',
  type: 'snapshot',
  distribution: 'Ubuntu',
  slug: null,
  public: false,
  regions: ['nyc3'],
  minDiskSize: 80,
  sizeGigabytes: 4.2,
  createdAt: '2026-11-01T04:00:00Z',
  status: 'available',
  errorMessage: '',
  tags: [],
  description: '',
};

/** The same snapshot as DigitalOcean sends it. */
export const sampleImage: Image = {
  id: sampleImageRow.id,
  name: sampleImageRow.name,
  type: 'snapshot',
  distribution: 'Ubuntu',
  slug: null,
  public: false,
  regions: ['nyc3'],
  created_at: sampleImageRow.createdAt,
  min_disk_size: 80,
  size_gigabytes: 4.2,
  description: '',
  tags: [],
  status: 'available',
  error_message: '',
};

/** A transfer of that snapshot, just started. */
export const sampleImageAction: Action = {
  id: 9001,
  status: 'in-progress',
  type: 'transfer',
  started_at: '2026-11-22T09:00:00Z',
  completed_at: null,
  resource_id: sampleImageRow.id,
  resource_type: 'image',
  region_slug: 'fra1',
};

/** The snapshot as `/v2/snapshots` lists it. */
export const sampleSnapshot: Snapshot = {
  id: String(sampleImageRow.id),
  name: sampleImageRow.name,
  created_at: sampleImageRow.createdAt,
  regions: ['nyc3'],
  min_disk_size: 80,
  size_gigabytes: 4.2,
  resource_id: '3001',
  resource_type: 'droplet',
  tags: null,
};
