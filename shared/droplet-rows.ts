import type { Droplet } from './do-types';
import type { DropletRow } from './droplet-types';

const ipv4 = (droplet: Droplet, type: 'public' | 'private'): string | null =>
  droplet.networks.v4?.find((network) => network.type === type)?.ip_address ?? null;

/** The row the panel's Droplet lists show (the main side's lists, and the renderer patching one Droplet it refetched by id). */
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
