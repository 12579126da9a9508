import { describe, expect, it } from 'vitest';
import { defaultSnapshotName, snapshotEstimateMs, unavailableReason, type DropletActionState } from './droplet-action-rules';

const on: DropletActionState = { status: 'active', locked: false, busy: false, backupsEnabled: false, ipv6Enabled: false };
const off: DropletActionState = { ...on, status: 'off' };

describe('unavailableReason', () => {
  it('offers power on only when off, and the power-down actions only when on', () => {
    expect(unavailableReason('power_on', on)).toBe('The droplet is already on.');
    expect(unavailableReason('power_on', off)).toBeNull();
    for (const kind of ['power_off', 'shutdown'] as const) {
      expect(unavailableReason(kind, on)).toBeNull();
      expect(unavailableReason(kind, off)).toBe('The droplet is already off.');
    }
    expect(unavailableReason('reboot', off)).toBe('The droplet is off: power it on instead.');
  });

  it('refuses everything while locked or busy, delete included', () => {
    for (const kind of ['power_on', 'rename', 'snapshot', 'delete'] as const) {
      expect(unavailableReason(kind, { ...off, locked: true })).toBe('The droplet is locked while DigitalOcean works on it.');
      expect(unavailableReason(kind, { ...off, busy: true })).toBe('An action is running on the droplet; wait until it finishes.');
    }
  });

  it('follows the backups and IPv6 features', () => {
    expect(unavailableReason('enable_backups', { ...on, backupsEnabled: true })).toBe('Backups are already on.');
    expect(unavailableReason('disable_backups', on)).toBe('Backups are already off.');
    expect(unavailableReason('disable_backups', { ...on, backupsEnabled: true })).toBeNull();
    expect(unavailableReason('enable_ipv6', { ...on, ipv6Enabled: true })).toMatch(/already on/);
    expect(unavailableReason('enable_ipv6', on)).toBeNull();
  });

  it('waits for a new droplet to be created, except to rename or delete it', () => {
    const creating: DropletActionState = { ...on, status: 'new' };
    expect(unavailableReason('reboot', creating)).toBe('The droplet is still being created.');
    expect(unavailableReason('rename', creating)).toBeNull();
  });
});

describe('unavailableReason for the actions with a form', () => {
  it('offers resize on a running droplet (power off, then resize) and an off one, but not twice at once', () => {
    expect(unavailableReason('resize', on)).toBeNull();
    expect(unavailableReason('resize', off)).toBeNull();
    expect(unavailableReason('resize', { ...on, resizeFlowRunning: true })).toBe('A resize is already under way.');
    expect(unavailableReason('resize', { ...on, status: 'new' })).toBe('The droplet is still being created.');
  });

  it('refuses rebuild and restore while locked or busy, and restore without backups', () => {
    for (const kind of ['rebuild', 'restore', 'resize', 'change_kernel'] as const) {
      expect(unavailableReason(kind, { ...on, locked: true, backupCount: 2 })).toMatch(/locked/);
      expect(unavailableReason(kind, { ...on, busy: true, backupCount: 2 })).toMatch(/action is running/);
    }
    expect(unavailableReason('restore', { ...on, backupCount: 0 })).toBe('The droplet has no backups to restore.');
    expect(unavailableReason('restore', { ...on, backupCount: 3 })).toBeNull();
    expect(unavailableReason('restore', on)).toBeNull();
  });

  it('changes the backup policy only while backups are on', () => {
    expect(unavailableReason('change_backup_policy', on)).toMatch(/Backups are off/);
    expect(unavailableReason('change_backup_policy', { ...on, backupsEnabled: true })).toBeNull();
  });

  it('offers private networking where the region has it and the droplet lacks it', () => {
    expect(unavailableReason('enable_private_networking', { ...on, privateNetworking: true })).toBe('Private networking is already on.');
    expect(unavailableReason('enable_private_networking', { ...on, privateNetworkingOffered: false })).toBe('Its region does not offer private networking.');
    expect(unavailableReason('enable_private_networking', { ...on, privateNetworking: false, privateNetworkingOffered: true })).toBeNull();
  });

  it('offers a kernel change only to droplets whose kernel DigitalOcean manages', () => {
    expect(unavailableReason('change_kernel', { ...on, kernelManagedInside: true })).toMatch(/manages its kernel itself/);
    expect(unavailableReason('change_kernel', { ...on, kernelManagedInside: false })).toBeNull();
  });

  it('refuses everything but delete on an archived droplet', () => {
    const archived: DropletActionState = { ...on, status: 'archive' };
    expect(unavailableReason('rebuild', archived)).toBe('The droplet is archived.');
    expect(unavailableReason('power_on', archived)).toBe('The droplet is archived.');
    expect(unavailableReason('delete', archived)).toBeNull();
  });
});

describe('snapshots', () => {
  it('names a snapshot after the droplet and the local date', () => {
    expect(defaultSnapshotName('web-prod-01', new Date(2026, 0, 5, 23, 59))).toBe('web-prod-01-2026-01-05');
  });

  it('estimates 2 minutes per GB of disk', () => {
    expect(snapshotEstimateMs(80)).toBe(160 * 60_000);
  });
});
