import type { StartedAction } from './action-types';
import type { Droplet } from './do-types';

/**
 * One Droplet as the panel's lists show it: the few fields a table needs, flattened, so the list of a
 * 10,000-Droplet account stays a few megabytes over IPC (the wire Droplet repeats its size's region
 * list, its region's size list and its image's details in every entry). `droplets.get` has the rest.
 */
export interface DropletRow {
  id: number;
  name: string;
  status: Droplet['status'];
  /** An action is running: the next one may be refused until it ends. */
  locked: boolean;
  publicIpv4: string | null;
  privateIpv4: string | null;
  region: { slug: string; name: string };
  /** `diskGb` is the Droplet's own disk, which stays smaller than the size's after a resize without disk. */
  size: { slug: string; vcpus: number; memoryMb: number; diskGb: number; priceMonthly: number };
  image: { id: number | null; name: string | null; distribution: string | null; slug: string | null };
  tags: string[];
  /** ISO 8601, as DigitalOcean wrote it. */
  createdAt: string;
  features: string[];
  backupsEnabled: boolean;
  ipv6Enabled: boolean;
}

/** What a create started: the new Droplets (status `new`) and their `create` actions. */
export interface CreatedDroplets {
  droplets: DropletRow[];
  actions: StartedAction[];
}
