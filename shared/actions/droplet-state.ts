import type { DropletRow } from '../droplet-types';

/** What decides whether an action can work on a droplet now. */
export interface DropletActionState {
  status: DropletRow['status'];
  locked: boolean;
  /** An action tracked by the panel is still running on it. */
  busy: boolean;
  backupsEnabled: boolean;
  ipv6Enabled: boolean;
  /** The droplet has private networking: the feature, or a private address through its VPC. */
  privateNetworking?: boolean;
  /** The droplet's region offers private networking (unknown until DigitalOcean's description arrives). */
  privateNetworkingOffered?: boolean;
  /** How many backups it has; undefined until DigitalOcean's description arrives. */
  backupCount?: number;
  /** The kernel is managed inside the droplet (DigitalOcean reports no kernel): there is nothing to change here. */
  kernelManagedInside?: boolean;
  /** A "power off, then resize" started from the panel is still under way. */
  resizeFlowRunning?: boolean;
}

/** A droplet's state as its list row alone tells it (the bulk bar has nothing more). */
export const rowActionState = (row: DropletRow, busy: boolean): DropletActionState => ({
  status: row.status,
  locked: row.locked,
  busy,
  backupsEnabled: row.backupsEnabled,
  ipv6Enabled: row.ipv6Enabled,
});
