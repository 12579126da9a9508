import { afterEach, describe, expect, test } from 'vitest';
import type { Droplet } from '../../../shared/do-types';
import { startHarness, type Harness } from './test-harness';

let h: Harness;
afterEach(async () => {
  await h.close();
});

const dropletNamed = async (name: string): Promise<Droplet> => {
  const [droplet] = (await h.client.droplets.list({ name })).items;
  if (!droplet) throw new Error(`no droplet ${name}`);
  return droplet;
};

describe('the client, end to end against the simulator', () => {
  test('reads the account', async () => {
    h = await startHarness();
    const account = await h.client.account.get();
    expect(account).toMatchObject({ email: expect.any(String), droplet_limit: expect.any(Number), status: 'active' });
  });

  test('creates, reads, acts on and deletes a Droplet', async () => {
    h = await startHarness({ sim: { seed: 'empty' } });
    const created = await h.client.droplets.create({ name: 'web-01', region: 'nyc3', size: 's-1vcpu-1gb', image: 'ubuntu-24-04-x64', tags: ['web'] });
    expect(created.droplet).toMatchObject({ name: 'web-01', status: 'new', region: { slug: 'nyc3' } });
    expect(created.links.actions[0]).toMatchObject({ rel: 'create' });
    h.sim.clock.runUntilIdle();

    const id = created.droplet.id;
    const droplet = await h.client.droplets.get(id);
    expect(droplet.status).toBe('active');
    expect(droplet.networks.v4?.length).toBeGreaterThan(0);
    expect(await h.client.droplets.listAll({ tag_name: 'web' })).toEqual([expect.objectContaining({ id })]);

    const action = await h.client.dropletActions.post(id, { type: 'power_off' });
    expect(action).toMatchObject({ type: 'power_off', status: 'in-progress', resource_id: id });
    expect(await h.client.dropletActions.get(id, action.id as number)).toMatchObject({ id: action.id });
    h.sim.clock.runUntilIdle();
    expect((await h.client.actions.get(action.id as number)).status).toBe('completed');
    expect((await h.client.dropletActions.listAll(id)).map((each) => each.type)).toEqual(expect.arrayContaining(['create', 'power_off']));

    const several = await h.client.droplets.create({ names: ['a-1', 'a-2'], region: 'nyc3', size: 's-1vcpu-1gb', image: 'ubuntu-24-04-x64', tags: ['batch'] });
    expect(several.droplets.map((each) => each.name)).toEqual(['a-1', 'a-2']);
    h.sim.clock.runUntilIdle();
    await h.client.droplets.deleteByTag('batch');
    expect(await h.client.droplets.listAll({ tag_name: 'batch' })).toEqual([]);

    await h.client.droplets.delete(id);
    await expect(h.client.droplets.get(id)).rejects.toMatchObject({ detail: { kind: 'not_found', status: 404 } });
  });

  test('runs actions by tag, lists kernels, snapshots, backups, neighbors and backup policies', async () => {
    h = await startHarness();
    const actions = await h.client.dropletActions.postByTag('web', { type: 'enable_ipv6' });
    expect(actions.length).toBeGreaterThan(0);
    const db = await dropletNamed('db-primary');
    expect((await h.client.droplets.snapshotsAll(db.id)).map((each) => each.name)).toEqual(
      expect.arrayContaining(['db-primary-before-pg16', 'db-primary-2025-q1']),
    );
    expect((await h.client.droplets.backups(db.id)).items.every((each) => each.type === 'backup')).toBe(true);
    expect(Array.isArray(await h.client.droplets.kernelsAll(db.id))).toBe(true);
    expect(Array.isArray(await h.client.droplets.neighbors(db.id))).toBe(true);
    expect(Array.isArray(await h.client.droplets.neighborIds())).toBe(true);
    expect(await h.client.backupPolicies.get(db.id)).toMatchObject({ droplet_id: db.id, backup_enabled: true });
    const policies = await h.client.backupPolicies.listAll();
    expect(policies).toContainEqual(expect.objectContaining({ droplet_id: db.id, backup_enabled: true }));
    expect((await h.client.backupPolicies.supported()).map((policy) => policy.name)).toEqual(expect.arrayContaining(['daily', 'weekly']));
  });

  test('destroys a Droplet with its associated resources', async () => {
    h = await startHarness();
    const api = await dropletNamed('api-prod-01');
    const associated = await h.client.associatedResources.list(api.id);
    expect(associated.snapshots?.map((each) => each.name)).toEqual(['api-prod-01-pre-upgrade']);
    await h.client.associatedResources.destroySelective(api.id, { snapshots: associated.snapshots?.map((each) => each.id as string) ?? [] });
    h.sim.clock.runUntilIdle();
    expect(await h.client.associatedResources.status(api.id)).toMatchObject({ droplet: { name: 'api-prod-01' }, failures: 0 });

    const grafana = await dropletNamed('grafana');
    await h.client.associatedResources.destroyDangerous(grafana.id);
    await expect(h.client.associatedResources.retry(grafana.id)).rejects.toMatchObject({ detail: { kind: 'conflict', status: 409 } });
    h.sim.clock.runUntilIdle();
    await expect(h.client.droplets.get(grafana.id)).rejects.toMatchObject({ detail: { kind: 'not_found' } });
  });

  test('lists, reads, imports, updates, transfers and deletes images', async () => {
    h = await startHarness();
    const distributions = await h.client.images.listAll({ type: 'distribution' });
    expect(distributions.length).toBeGreaterThan(0);
    expect(await h.client.images.get('ubuntu-24-04-x64')).toMatchObject({ slug: 'ubuntu-24-04-x64', public: true });
    const own = await h.client.images.list({ private: true, per_page: 2 });
    expect(own.items).toHaveLength(2);
    expect(own.meta.total).toBeGreaterThan(2);

    const imported = await h.client.images.createCustom({ name: 'base', url: 'https://example.com/base.qcow2', region: 'nyc3', distribution: 'Ubuntu' });
    expect(imported.status).toBe('NEW');
    h.sim.clock.runUntilIdle();
    const id = imported.id as number;
    expect((await h.client.images.get(id)).status).toBe('available');
    expect(await h.client.images.update(id, { name: 'base-renamed' })).toMatchObject({ name: 'base-renamed' });

    const transfer = await h.client.imageActions.post(id, { type: 'transfer', region: 'ams3' });
    expect(transfer).toMatchObject({ type: 'transfer', status: 'in-progress' });
    expect(await h.client.imageActions.get(id, transfer.id as number)).toMatchObject({ id: transfer.id });
    expect(await h.client.imageActions.listAll(id)).toEqual([expect.objectContaining({ id: transfer.id })]);
    h.sim.clock.runUntilIdle();

    await h.client.images.delete(id);
    await expect(h.client.images.get(id)).rejects.toMatchObject({ detail: { kind: 'not_found' } });
  });

  test('reads the account actions: one page with per_page, or all of them, newest first', async () => {
    h = await startHarness();
    const recent = await h.client.actions.list({ per_page: 5 });
    expect(recent.items).toHaveLength(5);
    const all = await h.client.actions.listAll();
    expect(all).toHaveLength(recent.meta.total);
    expect(all.slice(0, 5)).toEqual(recent.items);
    expect(await h.client.actions.get(all[0]?.id as number)).toEqual(all[0]);
  });

  test('lists regions and sizes', async () => {
    h = await startHarness();
    expect((await h.client.regions.listAll()).map((region) => region.slug)).toContain('nyc3');
    const sizes = await h.client.sizes.listAll();
    expect(sizes.find((size) => size.slug === 's-1vcpu-1gb')).toMatchObject({ vcpus: 1, memory: 1024 });
    expect((await h.client.sizes.list({ per_page: 3 })).items).toHaveLength(3);
  });

  test('creates, reads, assigns, unassigns and deletes tags', async () => {
    h = await startHarness();
    const grafana = await dropletNamed('grafana');
    expect(await h.client.tags.create('Observability')).toMatchObject({ name: 'Observability' });
    await h.client.tags.tagResources('Observability', [{ resource_id: String(grafana.id), resource_type: 'droplet' }]);
    expect((await h.client.tags.get('Observability')).resources?.droplets?.count).toBe(1);
    expect((await h.client.tags.listAll()).map((tag) => tag.name)).toContain('Observability');
    await h.client.tags.untagResources('Observability', [{ resource_id: String(grafana.id), resource_type: 'droplet' }]);
    expect((await h.client.tags.get('Observability')).resources?.droplets?.count).toBe(0);
    await h.client.tags.delete('Observability');
    await expect(h.client.tags.get('Observability')).rejects.toMatchObject({ detail: { kind: 'not_found' } });
  });

  test('lists, reads and deletes snapshots', async () => {
    h = await startHarness();
    const snapshots = await h.client.snapshots.listAll({ resource_type: 'droplet' });
    expect(snapshots.length).toBeGreaterThan(0);
    expect(await h.client.snapshots.listAll({ resource_type: 'volume' })).toEqual([]);
    const [first] = snapshots;
    expect(await h.client.snapshots.get(first?.id as string)).toEqual(first);
    await h.client.snapshots.delete(first?.id as string);
    await expect(h.client.snapshots.get(first?.id as string)).rejects.toMatchObject({ detail: { kind: 'not_found' } });
  });

  test('reads Droplet metrics for a time range', async () => {
    h = await startHarness();
    const grafana = await dropletNamed('grafana');
    const end = Math.floor(h.sim.clock.now() / 1000);
    const range = { host_id: grafana.id, start: end - 3600, end };
    const bandwidth = await h.client.monitoring.dropletBandwidth({ ...range, interface: 'public', direction: 'outbound' });
    expect(bandwidth).toMatchObject({ status: 'success', data: { resultType: 'matrix' } });
    expect(bandwidth.data.result[0]?.metric).toMatchObject({ interface: 'public', direction: 'outbound' });
    expect(bandwidth.data.result[0]?.values.length).toBeGreaterThan(0);
    const cpu = await h.client.monitoring.dropletMetric('cpu', range);
    expect(cpu.data.result.map((series) => series.metric.mode)).toContain('idle');
    expect((await h.client.monitoring.dropletMetric('memory_total', range)).data.result).toHaveLength(1);
  });

  test('logs one debug line per request, with method, path, status, time and request id', async () => {
    h = await startHarness();
    await h.client.account.get();
    expect(h.logs).toEqual([expect.stringMatching(/^GET \/v2\/account 200 \d+ ms request_id=[0-9a-f-]{36}$/)]);
  });
});
