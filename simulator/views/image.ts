import type { ImageRecord } from '../state';
import { iso } from '../time';

/** The fields every view of an image starts with. */
const imageIdentity = (image: ImageRecord) => ({
  id: image.id,
  name: image.name,
  distribution: image.distribution,
  slug: image.slug,
  public: image.public,
  regions: [...image.regions],
  created_at: iso(image.createdAt),
});

export const imageView = (image: ImageRecord) => ({
  ...imageIdentity(image),
  type: image.type,
  min_disk_size: image.minDiskSize,
  size_gigabytes: image.sizeGigabytes,
  description: image.description,
  tags: [...image.tags],
  status: image.status,
  error_message: image.errorMessage,
});

/** A snapshot or backup as `/v2/droplets/{id}/snapshots` and `/backups` list it. */
export const dropletSnapshotView = (image: ImageRecord) => ({
  ...imageIdentity(image),
  min_disk_size: image.minDiskSize ?? 0,
  size_gigabytes: image.sizeGigabytes ?? 0,
  type: image.type === 'backup' ? 'backup' : 'snapshot',
});

/** A Droplet snapshot as `/v2/snapshots` shows it: string ids, the source as `resource_id`. */
export const snapshotView = (image: ImageRecord) => ({
  id: String(image.id),
  name: image.name,
  created_at: iso(image.createdAt),
  regions: [...image.regions],
  min_disk_size: image.minDiskSize ?? 0,
  size_gigabytes: image.sizeGigabytes ?? 0,
  resource_id: String(image.dropletId ?? ''),
  resource_type: 'droplet',
  tags: [...image.tags],
});
