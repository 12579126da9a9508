import type { DropletRow } from '../../../shared/droplet-types';

/** The droplet actions the pane offers, and Delete (not an action on DigitalOcean's side). */
export type PaneActionKind =
  | 'power_on'
  | 'power_off'
  | 'shutdown'
  | 'reboot'
  | 'power_cycle'
  | 'rename'
  | 'snapshot'
  | 'enable_backups'
  | 'disable_backups'
  | 'enable_ipv6'
  | 'password_reset'
  | 'resize'
  | 'rebuild'
  | 'restore'
  | 'change_backup_policy'
  | 'enable_private_networking'
  | 'change_kernel'
  | 'delete';

/** What decides whether an action can work on the droplet now. */
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

const needsOn = new Set<PaneActionKind>(['power_off', 'shutdown', 'reboot']);

const statusReason = (kind: PaneActionKind, status: DropletRow['status']): string | null => {
  if (status === 'new' && kind !== 'rename' && kind !== 'delete') return 'The droplet is still being created.';
  if (status === 'archive' && kind !== 'delete') return 'The droplet is archived.';
  if (kind === 'power_on' && status === 'active') return 'The droplet is already on.';
  if (needsOn.has(kind) && status === 'off') return kind === 'reboot' ? 'The droplet is off: power it on instead.' : 'The droplet is already off.';
  return null;
};

const featureReason = (kind: PaneActionKind, state: DropletActionState): string | null => {
  if (kind === 'enable_backups' && state.backupsEnabled) return 'Backups are already on.';
  if (kind === 'disable_backups' && !state.backupsEnabled) return 'Backups are already off.';
  if (kind === 'enable_ipv6' && state.ipv6Enabled) return 'IPv6 is already on (it cannot be turned off).';
  if (kind === 'change_backup_policy' && !state.backupsEnabled) return 'Backups are off: enable them to choose when they run.';
  if (kind === 'restore' && state.backupCount === 0) return 'The droplet has no backups to restore.';
  if (kind === 'enable_private_networking' && state.privateNetworking) return 'Private networking is already on.';
  if (kind === 'enable_private_networking' && state.privateNetworkingOffered === false) return 'Its region does not offer private networking.';
  if (kind === 'change_kernel' && state.kernelManagedInside) return 'The droplet manages its kernel itself, as every droplet created since March 2017 does.';
  if (kind === 'resize' && state.resizeFlowRunning) return 'A resize is already under way.';
  return null;
};

/** Why the action cannot work on the droplet now, in words for a tooltip, or null when it can. */
export const unavailableReason = (kind: PaneActionKind, state: DropletActionState): string | null => {
  if (state.locked) return 'The droplet is locked while DigitalOcean works on it.';
  if (state.busy) return 'An action is running on the droplet; wait until it finishes.';
  return statusReason(kind, state.status) ?? featureReason(kind, state);
};

/** DigitalOcean documents about 2 minutes per GB of disk for a snapshot. */
export const snapshotMinutesPerGb = 2;

export const snapshotEstimateMs = (diskGb: number): number => diskGb * snapshotMinutesPerGb * 60_000;

const pad = (n: number): string => String(n).padStart(2, '0');

/** `<droplet>-<YYYY-MM-DD>` in local time: the day the person sees on their calendar. */
export const defaultSnapshotName = (dropletName: string, now: Date): string =>
  `${dropletName}-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
