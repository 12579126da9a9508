import { describe, expect, it } from 'vitest';
import { imageActionUnavailable, publicImageReason } from './image-action-rules';
import { backupRow, customRow, failedImportRow, snapshotRow, ubuntuRow } from './image-test-rows';

describe('imageActionUnavailable', () => {
  it('refuses every change to a public image, but lets a droplet be created from it', () => {
    const state = { row: ubuntuRow, busy: false };
    expect(imageActionUnavailable('delete', state)).toBe(publicImageReason);
    expect(imageActionUnavailable('rename', state)).toBe(publicImageReason);
    expect(imageActionUnavailable('transfer', state)).toBe(publicImageReason);
    expect(imageActionUnavailable('create', state)).toBeNull();
  });

  it('converts backups only', () => {
    expect(imageActionUnavailable('convert', { row: backupRow, busy: false })).toBeNull();
    expect(imageActionUnavailable('convert', { row: snapshotRow, busy: false })).toBe('Only backups can be converted to snapshots.');
  });

  it('waits for what runs on the image before a transfer, conversion or delete', () => {
    expect(imageActionUnavailable('transfer', { row: snapshotRow, busy: true })).toMatch(/already running/);
    expect(imageActionUnavailable('convert', { row: backupRow, busy: true })).toMatch(/already running/);
    expect(imageActionUnavailable('delete', { row: snapshotRow, busy: true })).toMatch(/finishes/);
    expect(imageActionUnavailable('rename', { row: snapshotRow, busy: true })).toBeNull();
  });

  it('lets an import in progress be deleted, but nothing be made from it yet', () => {
    const importing = { ...customRow, status: 'NEW' as const, regions: [] };
    expect(imageActionUnavailable('delete', { row: importing, busy: true })).toBeNull();
    expect(imageActionUnavailable('create', { row: importing, busy: true })).toBe('The image is still being imported.');
    expect(imageActionUnavailable('transfer', { row: importing, busy: true })).toBe('The image is still being imported.');
  });

  it('explains a failed import', () => {
    expect(imageActionUnavailable('create', { row: failedImportRow, busy: false })).toBe('The image is deleted.');
  });
});
