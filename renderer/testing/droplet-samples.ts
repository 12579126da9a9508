import type { Droplet } from '../../shared/do-types';
import type { ActionSettled, InFlightAction, StartedAction } from '../../shared/action-types';
import type { DropletRow } from '../../shared/droplet-types';

/** Droplet answers for renderer tests, consistent with each other: the row and the action are of this Droplet. */

export const sampleDroplet: Droplet = {
  id: 3001,
  name: 'web-prod-01',
  memory: 4096,
  vcpus: 2,
  disk: 80,
  locked: false,
  status: 'active',
  created_at: '2026-04-24T09:30:00Z',
  features: ['backups', 'ipv6', 'monitoring'],
  backup_ids: [],
  next_backup_window: null,
  snapshot_ids: [],
  image: { id: 101, name: '24.04 (LTS) x64', distribution: 'Ubuntu', slug: 'ubuntu-24-04-x64' },
  volume_ids: [],
  size: {
    slug: 's-2vcpu-4gb',
    memory: 4096,
    vcpus: 2,
    disk: 80,
    transfer: 4,
    price_monthly: 24,
    price_hourly: 0.03571,
    regions: ['nyc3'],
    available: true,
    description: 'Basic',
  },
  size_slug: 's-2vcpu-4gb',
  networks: {
    v4: [
      { ip_address: '203.0.113.10', netmask: '255.255.240.0', gateway: '203.0.113.1', type: 'public' },
      { ip_address: '10.108.0.2', netmask: '255.255.240.0', type: 'private' },
    ],
    v6: [],
  },
  region: { name: 'New York 3', slug: 'nyc3', features: [], available: true, sizes: ['s-2vcpu-4gb'] },
  tags: ['env:prod', 'web'],
};

export const sampleDropletRow: DropletRow = {
  id: sampleDroplet.id,
  name: sampleDroplet.name,
  status: 'active',
  locked: false,
  publicIpv4: '203.0.113.10',
  privateIpv4: '10.108.0.2',
  region: { slug: 'nyc3', name: 'New York 3' },
  size: { slug: 's-2vcpu-4gb', vcpus: 2, memoryMb: 4096, diskGb: 80, priceMonthly: 24 },
  image: { id: 101, name: '24.04 (LTS) x64', distribution: 'Ubuntu', slug: 'ubuntu-24-04-x64' },
  tags: ['env:prod', 'web'],
  createdAt: sampleDroplet.created_at,
  features: ['backups', 'ipv6', 'monitoring'],
  backupsEnabled: true,
  ipv6Enabled: true,
};

export const sampleStartedAction: StartedAction = {
  action: {
    id: 9101,
    status: 'in-progress',
    type: 'power_off',
    started_at: '2026-11-22T09:00:00Z',
    completed_at: null,
    resource_id: sampleDroplet.id,
    resource_type: 'droplet',
    region_slug: 'nyc3',
  },
  tracked: {
    key: 'action:9101',
    kind: 'action',
    id: 9101,
    type: 'power_off',
    status: 'in-progress',
    resource: { type: 'droplet', id: sampleDroplet.id, name: sampleDroplet.name },
    startedAt: '2026-11-22T09:00:00Z',
    startedByUser: true,
    elapsedMs: 0,
    progress: { kind: 'estimate', fraction: 0, etaMs: 10_000, expectedMs: 10_000, lowMs: 10_000, highMs: 10_000, basis: 'prior' },
  },
};

const regions = [
  { slug: 'nyc3', name: 'New York 3' },
  { slug: 'fra1', name: 'Frankfurt 1' },
  { slug: 'sgp1', name: 'Singapore 1' },
];

/** `count` distinct rows (`node-00001`…), for lists and the virtualization test. */
export const manyDropletRows = (count: number): DropletRow[] =>
  Array.from({ length: count }, (_, index) => {
    const region = regions[index % regions.length] ?? sampleDropletRow.region;
    return {
      ...sampleDropletRow,
      id: 10_000 + index,
      name: `node-${String(index + 1).padStart(5, '0')}`,
      publicIpv4: `198.51.${Math.floor(index / 250)}.${(index % 250) + 1}`,
      privateIpv4: null,
      region,
      status: index % 5 === 0 ? 'off' : 'active',
      tags: index % 2 === 0 ? ['even'] : [],
    };
  });

/** The tracker's view of a snapshot running on the sample droplet, with an estimate. */
export const sampleTrackedSnapshot: InFlightAction = {
  key: 'action:9200',
  kind: 'action',
  id: 9200,
  type: 'snapshot',
  status: 'in-progress',
  resource: { type: 'droplet', id: sampleDroplet.id, name: sampleDroplet.name },
  startedAt: '2026-11-22T09:00:00Z',
  startedByUser: true,
  elapsedMs: 120_000,
  progress: { kind: 'estimate', fraction: 0.4, etaMs: 180_000, expectedMs: 300_000, lowMs: 300_000, highMs: 300_000, basis: 'prior' },
};

/**
 * A reboot of a droplet that started at 08:00 on the sample day and settled `durationMs` later, as the
 * tracker reports it; `errorMessage` is given on the action and on the report alike.
 */
export const settledReboot = ({
  id,
  outcome,
  resource,
  durationMs,
  startedByUser = true,
  errorMessage,
}: {
  id: number;
  outcome: 'completed' | 'errored';
  resource: { type: 'droplet'; id: number; name: string };
  durationMs: number;
  startedByUser?: boolean;
  errorMessage?: string;
}): ActionSettled => {
  const startedAt = '2026-11-22T08:00:00Z';
  const completedAt = new Date(Date.parse(startedAt) + durationMs).toISOString().replace('.000Z', 'Z');
  const error = errorMessage ? { errorMessage } : {};
  return {
    action: { key: `action:${id}`, kind: 'action', id, type: 'reboot', status: outcome, resource, startedAt, completedAt, startedByUser, elapsedMs: durationMs, ...error },
    outcome,
    durationMs,
    resource,
    startedByUser,
    ...error,
  };
};

/** The sample snapshot, settled `completedAgoMs` before now after 45 s; an errored one says why. */
export const settledSnapshot = (completedAgoMs: number, outcome: 'completed' | 'errored', id = sampleTrackedSnapshot.id): ActionSettled => {
  const completedAt = new Date(Date.now() - completedAgoMs).toISOString();
  const startedAt = new Date(Date.now() - completedAgoMs - 45_000).toISOString();
  const { progress: _progress, ...base } = sampleTrackedSnapshot;
  return {
    action: { ...base, key: `action:${id}`, id, status: outcome, startedAt, completedAt, ...(outcome === 'errored' ? { errorMessage: 'The snapshot could not be taken.' } : {}) },
    outcome,
    durationMs: 45_000,
    resource: sampleTrackedSnapshot.resource,
    startedByUser: true,
  };
};
