import type { Droplet } from '../../../shared/do-types';
import type { DropletRow } from '../../../shared/droplet-types';
import type { BadgeTone } from '../../components/badge';
import { formatMemory } from '../../format/format-memory';

// The droplet action dialogs still import these two from here; they are not droplet-specific and live in renderer/format/.
export { formatDateTime } from '../../format/format-date';
export { formatMemory };

/** How the panel names and colours DigitalOcean's droplet statuses. */
export const dropletStatuses: Record<Droplet['status'], { label: string; tone: BadgeTone }> = {
  new: { label: 'New', tone: 'accent' },
  active: { label: 'Active', tone: 'success' },
  off: { label: 'Off', tone: 'neutral' },
  archive: { label: 'Archived', tone: 'warning' },
};

export const formatSize = (size: DropletRow['size']): string =>
  `${size.vcpus} vCPU · ${formatMemory(size.memoryMb)} · ${size.diskGb} GB`;

const usd = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' });

export const formatPrice = (monthly: number): string => usd.format(monthly);

export const formatImage = (image: DropletRow['image']): string =>
  [image.distribution, image.name].filter((part): part is string => Boolean(part)).join(' ') || image.slug || 'Unknown image';

export const dropletConsoleUrl = (id: number): string => `https://cloud.digitalocean.com/droplets/${id}`;

export const sshCommand = (publicIpv4: string): string => `ssh root@${publicIpv4}`;
