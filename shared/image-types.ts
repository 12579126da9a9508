import type { Distribution, Image } from './do-types';

/** The distributions the spec names for custom images (`shared/attributes/distribution.yml`). */
export const distributions = [
  'Arch Linux',
  'CentOS',
  'CoreOS',
  'Debian',
  'Fedora',
  'Fedora Atomic',
  'FreeBSD',
  'Gentoo',
  'openSUSE',
  'RancherOS',
  'Rocky Linux',
  'Ubuntu',
  'Unknown',
] as const satisfies readonly Distribution[];

/**
 * One image as the panel's lists show it: the wire `Image` with its optional fields settled, so views
 * need no defaults of their own. Snapshots and backups are the private images of type `snapshot` and
 * `backup`; imported images are type `custom`, and their `status` tells how the import went.
 */
export interface ImageRow {
  id: number;
  name: string;
  type: NonNullable<Image['type']> | null;
  distribution: Distribution | null;
  /** Public images only: what `images.get` and Droplet creation also accept instead of the id. */
  slug: string | null;
  public: boolean;
  regions: string[];
  minDiskSize: number | null;
  sizeGigabytes: number | null;
  /** ISO 8601, as DigitalOcean wrote it; empty when it sent none. */
  createdAt: string;
  status: NonNullable<Image['status']> | null;
  /** Why an import failed; empty otherwise. */
  errorMessage: string;
  tags: string[];
  description: string;
}
