import { describe, expect, it } from 'vitest';
import { actionDuration, actionName, bulkKinds, dropletKindUnavailable, imageKindUnavailable, knownActionTypes, priorEstimateMs, tagKinds } from './catalogue';
import { dropletKindList, dropletKinds, observedDropletKinds } from './droplet-kinds';
import type { DropletActionState } from './droplet-state';
import { imageKindList, imageKinds, publicImageReason } from './image-kinds';
import type { ImageActionState } from './image-state';

const on: DropletActionState = { status: 'active', locked: false, busy: false, backupsEnabled: false, ipv6Enabled: false };
const off: DropletActionState = { ...on, status: 'off' };

describe('dropletKindUnavailable', () => {
  it('offers power on only when off, and the power-down actions only when on', () => {
    expect(dropletKindUnavailable('power_on', on)).toBe('The droplet is already on.');
    expect(dropletKindUnavailable('power_on', off)).toBeNull();
    for (const kind of ['power_off', 'shutdown'] as const) {
      expect(dropletKindUnavailable(kind, on)).toBeNull();
      expect(dropletKindUnavailable(kind, off)).toBe('The droplet is already off.');
    }
    expect(dropletKindUnavailable('reboot', off)).toBe('The droplet is off: power it on instead.');
  });

  it('refuses everything while locked or busy, delete included', () => {
    for (const kind of ['power_on', 'rename', 'snapshot', 'delete'] as const) {
      expect(dropletKindUnavailable(kind, { ...off, locked: true })).toBe('The droplet is locked while DigitalOcean works on it.');
      expect(dropletKindUnavailable(kind, { ...off, busy: true })).toBe('An action is running on the droplet; wait until it finishes.');
    }
  });

  it('follows the backups and IPv6 features', () => {
    expect(dropletKindUnavailable('enable_backups', { ...on, backupsEnabled: true })).toBe('Backups are already on.');
    expect(dropletKindUnavailable('disable_backups', on)).toBe('Backups are already off.');
    expect(dropletKindUnavailable('disable_backups', { ...on, backupsEnabled: true })).toBeNull();
    expect(dropletKindUnavailable('enable_ipv6', { ...on, ipv6Enabled: true })).toMatch(/already on/);
    expect(dropletKindUnavailable('enable_ipv6', on)).toBeNull();
  });

  it('waits for a new droplet to be created, except to rename or delete it', () => {
    const creating: DropletActionState = { ...on, status: 'new' };
    expect(dropletKindUnavailable('reboot', creating)).toBe('The droplet is still being created.');
    expect(dropletKindUnavailable('rename', creating)).toBeNull();
  });
});

describe('dropletKindUnavailable for the actions with a form', () => {
  it('offers resize on a running droplet (power off, then resize) and an off one, but not twice at once', () => {
    expect(dropletKindUnavailable('resize', on)).toBeNull();
    expect(dropletKindUnavailable('resize', off)).toBeNull();
    expect(dropletKindUnavailable('resize', { ...on, resizeFlowRunning: true })).toBe('A resize is already under way.');
    expect(dropletKindUnavailable('resize', { ...on, status: 'new' })).toBe('The droplet is still being created.');
  });

  it('refuses rebuild and restore while locked or busy, and restore without backups', () => {
    for (const kind of ['rebuild', 'restore', 'resize', 'change_kernel'] as const) {
      expect(dropletKindUnavailable(kind, { ...on, locked: true, backupCount: 2 })).toMatch(/locked/);
      expect(dropletKindUnavailable(kind, { ...on, busy: true, backupCount: 2 })).toMatch(/action is running/);
    }
    expect(dropletKindUnavailable('restore', { ...on, backupCount: 0 })).toBe('The droplet has no backups to restore.');
    expect(dropletKindUnavailable('restore', { ...on, backupCount: 3 })).toBeNull();
    expect(dropletKindUnavailable('restore', on)).toBeNull();
  });

  it('changes the backup policy only while backups are on', () => {
    expect(dropletKindUnavailable('change_backup_policy', on)).toMatch(/Backups are off/);
    expect(dropletKindUnavailable('change_backup_policy', { ...on, backupsEnabled: true })).toBeNull();
  });

  it('offers private networking where the region has it and the droplet lacks it', () => {
    expect(dropletKindUnavailable('enable_private_networking', { ...on, privateNetworking: true })).toBe('Private networking is already on.');
    expect(dropletKindUnavailable('enable_private_networking', { ...on, privateNetworkingOffered: false })).toBe('Its region does not offer private networking.');
    expect(dropletKindUnavailable('enable_private_networking', { ...on, privateNetworking: false, privateNetworkingOffered: true })).toBeNull();
  });

  it('offers a kernel change only to droplets whose kernel DigitalOcean manages', () => {
    expect(dropletKindUnavailable('change_kernel', { ...on, kernelManagedInside: true })).toMatch(/manages its kernel itself/);
    expect(dropletKindUnavailable('change_kernel', { ...on, kernelManagedInside: false })).toBeNull();
  });

  it('refuses everything but delete on an archived droplet', () => {
    const archived: DropletActionState = { ...on, status: 'archive' };
    expect(dropletKindUnavailable('rebuild', archived)).toBe('The droplet is archived.');
    expect(dropletKindUnavailable('power_on', archived)).toBe('The droplet is archived.');
    expect(dropletKindUnavailable('delete', archived)).toBeNull();
  });
});

type Row = ImageActionState['row'];
const ubuntuRow: Row = { type: 'base', public: true, status: 'available', regions: ['nyc3'] };
const snapshotRow: Row = { type: 'snapshot', public: false, status: 'available', regions: ['nyc3'] };
const backupRow: Row = { type: 'backup', public: false, status: 'available', regions: ['nyc3'] };
const customRow: Row = { type: 'custom', public: false, status: 'available', regions: ['nyc3'] };
const failedImportRow: Row = { type: 'custom', public: false, status: 'deleted', regions: [] };

describe('imageKindUnavailable', () => {
  it('refuses every change to a public image, but lets a droplet be created from it', () => {
    const state = { row: ubuntuRow, busy: false };
    expect(imageKindUnavailable('delete', state)).toBe(publicImageReason);
    expect(imageKindUnavailable('rename', state)).toBe(publicImageReason);
    expect(imageKindUnavailable('transfer', state)).toBe(publicImageReason);
    expect(imageKindUnavailable('create_droplet', state)).toBeNull();
  });

  it('converts backups only', () => {
    expect(imageKindUnavailable('convert', { row: backupRow, busy: false })).toBeNull();
    expect(imageKindUnavailable('convert', { row: snapshotRow, busy: false })).toBe('Only backups can be converted to snapshots.');
  });

  it('waits for what runs on the image before a transfer, conversion or delete', () => {
    expect(imageKindUnavailable('transfer', { row: snapshotRow, busy: true })).toMatch(/already running/);
    expect(imageKindUnavailable('convert', { row: backupRow, busy: true })).toMatch(/already running/);
    expect(imageKindUnavailable('delete', { row: snapshotRow, busy: true })).toMatch(/finishes/);
    expect(imageKindUnavailable('rename', { row: snapshotRow, busy: true })).toBeNull();
  });

  it('lets an import in progress be deleted, but nothing be made from it yet', () => {
    const importing = { ...customRow, status: 'NEW' as const, regions: [] };
    expect(imageKindUnavailable('delete', { row: importing, busy: true })).toBeNull();
    expect(imageKindUnavailable('create_droplet', { row: importing, busy: true })).toBe('The image is still being imported.');
    expect(imageKindUnavailable('transfer', { row: importing, busy: true })).toBe('The image is still being imported.');
  });

  it('explains a failed import', () => {
    expect(imageKindUnavailable('create_droplet', { row: failedImportRow, busy: false })).toBe('The image is deleted.');
  });
});

describe('the catalogue', () => {
  it('gives every kind one name, used for the menu, history, the tray and notifications alike', () => {
    expect(actionName('change_kernel')).toBe('Change kernel');
    expect(actionName('snapshot')).toBe('Snapshot');
    expect(actionName('destroy')).toBe('Delete');
    expect(actionName('image_import')).toBe('Image import');
    expect(actionName('some_new_thing')).toBe('Some new thing');
    expect(actionName('')).toBe('Action');
  });

  it('declares words, an equivalent and a menu place for every kind it starts', () => {
    for (const kind of dropletKindList) {
      const entry = dropletKinds[kind];
      expect(entry.words.name, kind).not.toBe('');
      expect(entry.words.title('web-1'), kind).toContain('web-1');
      expect(entry.equivalent.path, kind).toMatch(/^\/v2\//);
      // A kind that cannot be undone says so before it is confirmed.
      if (entry.rules.irreversible) expect(entry.confirm, kind).not.toBe('none');
    }
    for (const kind of imageKindList) expect(imageKinds[kind].words.name, kind).not.toBe('');
  });

  it('asks for the droplet’s name typed out before anything that wipes its disk', () => {
    for (const kind of ['rebuild', 'restore', 'delete'] as const) expect(dropletKinds[kind].confirm, kind).toBe('typed-name');
  });

  it('gives every bulk kind its bulk words, and runs by tag only kinds the bulk bar offers', () => {
    for (const kind of bulkKinds) expect(dropletKinds[kind].bulk?.title('3 droplets'), kind).toContain('3 droplets');
    for (const kind of tagKinds) expect(bulkKinds, kind).toContain(kind);
  });

  it('lets a kind without a form send no required field: its dialog only confirms', () => {
    for (const kind of dropletKindList) {
      const { form, request } = dropletKinds[kind];
      if (form || request === null) continue;
      expect(Object.values(request).filter((field) => !field.optional), kind).toEqual([]);
    }
  });

  it('runs by tag exactly the kinds DigitalOcean runs by tag (FACTS.md §2: no reboot)', () => {
    expect([...tagKinds].sort()).toEqual(['disable_backups', 'enable_backups', 'enable_ipv6', 'power_cycle', 'power_off', 'power_on', 'shutdown', 'snapshot']);
  });

  it('offers the history filter every kind, but not the panel-only names', () => {
    expect(knownActionTypes).toEqual(expect.arrayContaining(['create', 'destroy', 'backup', 'snapshot', 'transfer', 'convert', 'image_import', 'enable_private_networking']));
    expect(knownActionTypes).not.toContain('delete');
    expect(knownActionTypes).not.toContain('create_droplet');
    expect(Object.keys(observedDropletKinds)).toEqual(['create', 'destroy', 'backup']);
  });

  it('says what drives each duration, with a sourced prior or none', () => {
    // A snapshot copies the data the droplet holds, not its whole disk.
    expect(actionDuration('snapshot').drivenBy).toBe('data-gb');
    for (const type of ['transfer', 'convert', 'restore', 'rebuild', 'image_import']) expect(actionDuration(type).drivenBy, type).toBe('image-gb');
    expect(actionDuration('resize')).toMatchObject({ drivenBy: 'nothing', whenDiskGrows: 'disk-gb' });
    expect(actionDuration('resize').prior).toBeUndefined();
    expect(actionDuration('unknown_kind')).toEqual({ drivenBy: 'nothing' });
    expect(actionDuration('snapshot').prior?.source).toMatch(/2 minutes per GB/);
  });

  it('estimates a snapshot at 2 minutes per GB, from the prior', () => {
    expect(priorEstimateMs('snapshot', 80)).toBe(160 * 60_000);
    expect(priorEstimateMs('snapshot', 0.1)).toBe(60_000);
    expect(priorEstimateMs('resize', 80)).toBeUndefined();
  });
});
