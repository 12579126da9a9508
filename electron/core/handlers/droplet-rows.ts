import type { Droplet } from '../../../shared/do-types';
import type { DropletRow } from '../../../shared/droplet-types';
import type { ResourceNames } from '../resource-names';

const ipv4 = (droplet: Droplet, type: 'public' | 'private'): string | null =>
  droplet.networks.v4?.find((network) => network.type === type)?.ip_address ?? null;

/** The row the panel's Droplet lists show. */
export const dropletRow = (droplet: Droplet): DropletRow => ({
  id: droplet.id,
  name: droplet.name,
  status: droplet.status,
  locked: droplet.locked,
  publicIpv4: ipv4(droplet, 'public'),
  privateIpv4: ipv4(droplet, 'private'),
  region: { slug: droplet.region.slug, name: droplet.region.name },
  size: {
    slug: droplet.size_slug,
    vcpus: droplet.vcpus,
    memoryMb: droplet.memory,
    diskGb: droplet.disk,
    priceMonthly: droplet.size.price_monthly,
  },
  image: {
    id: droplet.image.id ?? null,
    name: droplet.image.name ?? null,
    distribution: droplet.image.distribution ?? null,
    slug: droplet.image.slug ?? null,
  },
  tags: droplet.tags,
  createdAt: droplet.created_at,
  features: droplet.features,
  backupsEnabled: droplet.features.includes('backups'),
  ipv6Enabled: droplet.features.includes('ipv6'),
});

/** So the tracker can name an action on this Droplet started elsewhere, and size a snapshot's estimate by its disk. */
export const rememberDroplet = (names: ResourceNames, droplet: Droplet): void =>
  names.remember('droplet', droplet.id, { resourceName: droplet.name, sizeGigabytes: droplet.disk });
