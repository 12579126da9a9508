import type { InFlightAction } from '../../../shared/action-types';
import type { Region } from '../../../shared/do-types';
import type { ImageRow } from '../../../shared/image-types';
import { sampleImageRow } from '../../testing/image-samples';

/** The account's own images and a few public ones, as the images tests list them. */

export const snapshotRow: ImageRow = sampleImageRow;

export const dbSnapshotRow: ImageRow = {
  ...sampleImageRow,
  id: 7002,
  name: 'db-primary-before-pg16',
  distribution: 'Debian',
  regions: ['nyc3', 'fra1', 'ams3', 'sgp1', 'lon1'],
  sizeGigabytes: 12.5,
  tags: ['env:prod'],
};

export const backupRow: ImageRow = { ...sampleImageRow, id: 7101, name: 'web-prod-01 2026-11-20', type: 'backup', regions: ['nyc3'] };

export const customRow: ImageRow = {
  ...sampleImageRow,
  id: 7201,
  name: 'ubuntu-24.04-hardened-base',
  type: 'custom',
  regions: ['nyc3', 'fra1'],
  description: 'CIS hardened',
  tags: ['golden-image'],
};

export const failedImportRow: ImageRow = {
  ...sampleImageRow,
  id: 7202,
  name: 'windows-server-2022',
  type: 'custom',
  distribution: 'Unknown',
  regions: [],
  minDiskSize: null,
  sizeGigabytes: null,
  status: 'deleted',
  errorMessage: 'The image could not be imported: its URL could not be downloaded.',
};

export const ownRows: ImageRow[] = [snapshotRow, dbSnapshotRow, backupRow, customRow, failedImportRow];

export const ubuntuRow: ImageRow = {
  ...sampleImageRow,
  id: 100,
  name: '24.04 (LTS) x64',
  type: 'base',
  distribution: 'Ubuntu',
  slug: 'ubuntu-24-04-x64',
  public: true,
  regions: ['nyc1', 'nyc3', 'fra1', 'ams3'],
  minDiskSize: 7,
  sizeGigabytes: 2.34,
};

export const dockerRow: ImageRow = { ...ubuntuRow, id: 200, name: 'Docker on Ubuntu', type: 'snapshot', slug: 'docker-20-04', distribution: 'Ubuntu' };

export const regions: Region[] = [
  { slug: 'nyc3', name: 'New York 3', available: true, features: [], sizes: [] },
  { slug: 'fra1', name: 'Frankfurt 1', available: true, features: [], sizes: [] },
  { slug: 'sfo1', name: 'San Francisco 1', available: false, features: [], sizes: [] },
];

export const trackedTransfer: InFlightAction = {
  key: 'action:9001',
  kind: 'action',
  id: 9001,
  type: 'transfer',
  status: 'in-progress',
  resource: { type: 'image', id: snapshotRow.id, name: snapshotRow.name },
  startedAt: '2026-11-22T09:00:00Z',
  startedByUser: true,
  elapsedMs: 60_000,
  progress: { kind: 'estimate', fraction: 0.3, etaMs: 240_000, expectedMs: 300_000, lowMs: 300_000, highMs: 300_000, basis: 'prior' },
};
