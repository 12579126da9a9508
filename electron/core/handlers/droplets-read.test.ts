import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Action, AssociatedResources, Droplet, DropletBackupPolicyRecord, DropletSnapshot, Kernel, Metrics } from '../../../shared/do-types';
import type { DropletRow } from '../../../shared/droplet-types';
import { startObservedCore, type ObservedCore } from '../testing/observed-core';

let harness: ObservedCore;
let rows: DropletRow[];

beforeAll(async () => {
  harness = await startObservedCore();
  rows = await harness.run<DropletRow[]>('droplets.list');
});

afterAll(() => harness.close());

const row = (name: string): DropletRow => {
  const found = rows.find((candidate) => candidate.name === name);
  if (!found) throw new Error(`the demo account has no Droplet ${name}`);
  return found;
};

describe('listing and reading Droplets', () => {
  it('lists every Droplet of the account as a slim row, GPU Droplets included', () => {
    expect(rows).toHaveLength(harness.sim.state.droplets.size);
    expect(rows.map((candidate) => candidate.name)).toContain('ml-inference-01');
    expect(row('web-prod-01')).toEqual({
      id: expect.any(Number),
      name: 'web-prod-01',
      status: 'active',
      locked: false,
      publicIpv4: expect.stringMatching(/^\d+\.\d+\.\d+\.\d+$/),
      privateIpv4: expect.stringMatching(/^10\./),
      region: { slug: 'nyc3', name: expect.any(String) },
      size: { slug: 's-2vcpu-4gb', vcpus: 2, memoryMb: 4096, diskGb: 80, priceMonthly: expect.any(Number) },
      image: { id: expect.any(Number), name: expect.any(String), distribution: 'Ubuntu', slug: 'ubuntu-24-04-x64' },
      tags: ['env:prod', 'web'],
      createdAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      features: expect.arrayContaining(['ipv6', 'monitoring']),
      backupsEnabled: true,
      ipv6Enabled: true,
    });
    expect(row('staging-api').locked).toBe(true);
    expect(row('ci-runner-02')).toMatchObject({ status: 'new', publicIpv4: null });
  });

  it('filters by tag on the server', async () => {
    const before = harness.exchanges.length;
    const tagged = await harness.run<DropletRow[]>('droplets.list', { tagName: 'env:staging' });
    expect(tagged.map((candidate) => candidate.name).sort()).toEqual(['staging-api', 'staging-web']);
    expect(harness.exchanges.slice(before).map((exchange) => exchange.pathname)).toEqual(['/v2/droplets']);
  });

  it('reads one Droplet whole', async () => {
    const droplet = await harness.run<Droplet>('droplets.get', { id: row('db-primary').id });
    expect(droplet).toMatchObject({ name: 'db-primary', size_slug: 'm-2vcpu-16gb', region: { slug: 'nyc3' } });
    expect(droplet.snapshot_ids).toHaveLength(2);
  });

  it('answers for a Droplet that does not exist with not_found', async () => {
    const { error } = await harness.refusal('droplets.get', { id: 999_999_999 });
    expect(error).toMatchObject({ kind: 'not_found', status: 404 });
  });

  it('lists a Droplet’s kernels, snapshots, backups, neighbors and backup policy', async () => {
    const legacy = row('legacy-reporting');
    await expect(harness.run<Kernel[]>('droplets.kernels', { id: legacy.id })).resolves.not.toHaveLength(0);
    const snapshots = await harness.run<DropletSnapshot[]>('droplets.snapshots', { id: row('db-primary').id });
    expect(snapshots.map((snapshot) => snapshot.name).sort()).toEqual(['db-primary-2025-q1', 'db-primary-before-pg16']);
    const backups = await harness.run<DropletSnapshot[]>('droplets.backups', { id: row('web-prod-01').id });
    expect(backups.length).toBeGreaterThan(0);
    expect(backups.every((backup) => backup.type === 'backup')).toBe(true);
    const neighbors = await harness.run<DropletRow[]>('droplets.neighbors', { id: row('web-prod-01').id });
    expect(neighbors.map((neighbor) => neighbor.name)).toEqual(['web-prod-02']);
    const policy = await harness.run<DropletBackupPolicyRecord>('droplets.backupPolicy', { id: row('web-prod-01').id });
    expect(policy).toMatchObject({ backup_enabled: true, backup_policy: { plan: 'weekly', weekday: 'SUN', hour: 4 } });
  });

  it('lists a Droplet’s action history newest first', async () => {
    const actions = await harness.run<Action[]>('droplets.actions', { id: row('api-prod-01').id });
    expect(actions.map((action) => action.type)).toEqual(['power_on', 'resize', 'power_off', 'snapshot', 'create']);
  });

  it('lists what would outlive a Droplet', async () => {
    const associated = await harness.run<AssociatedResources>('droplets.associatedResources', { id: row('db-primary').id });
    expect(associated.snapshots?.map((snapshot) => snapshot.name).sort()).toEqual(['db-primary-2025-q1', 'db-primary-before-pg16']);
  });

  it('reads metrics over a window, bandwidth per interface and direction', async () => {
    const end = Math.floor(harness.sim.clock.now() / 1000);
    const id = row('web-prod-01').id;
    const cpu = await harness.run<Metrics>('droplets.metrics', { id, metric: 'cpu', start: end - 3600, end });
    expect(cpu.status).toBe('success');
    expect(cpu.data.result.length).toBeGreaterThan(0);
    const bandwidth = await harness.run<Metrics>('droplets.metrics', {
      id,
      metric: 'bandwidth',
      interface: 'public',
      direction: 'inbound',
      start: end - 3600,
      end,
    });
    expect(bandwidth.data.result[0]?.metric).toMatchObject({ interface: 'public', direction: 'inbound' });
  });

  it('refuses a metrics window that ends before it starts without asking DigitalOcean', async () => {
    const { error, sent } = await harness.refusal('droplets.metrics', { id: row('web-prod-01').id, metric: 'cpu', start: 2000, end: 1000 });
    expect(error).toMatchObject({ kind: 'validation', issues: [{ path: 'end', message: expect.stringMatching(/after its start/) }] });
    expect(sent).toEqual([]);
  });

  it('never shows the token in an answer or a log line', () => {
    expect(harness.answers.length).toBeGreaterThan(5);
    expect(JSON.stringify(harness.answers)).not.toContain(harness.token);
    expect(harness.lines.join('\n')).not.toContain(harness.token);
  });
});
