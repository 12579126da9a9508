import { afterEach, describe, expect, test } from 'vitest';
import { startTestApi, type TestApi } from './test-client';

let api: TestApi;
afterEach(async () => {
  await api.sim.close();
});

const base = { size: 's-1vcpu-1gb', image: 'ubuntu-24-04-x64', region: 'nyc3' };
const byName = async (name: string) => (await api.get(`/v2/droplets?name=${name}`)).body.droplets[0];

describe('listing', () => {
  test('lists non-GPU Droplets by default, GPU ones with type=gpus', async () => {
    api = await startTestApi();
    const all = await api.get('/v2/droplets?per_page=200');
    expect(all.status).toBe(200);
    expect(all.body.meta.total).toBe(15);
    expect(all.body.droplets.map((droplet: { name: string }) => droplet.name)).not.toContain('ml-inference-01');
    const gpus = await api.get('/v2/droplets?type=gpus');
    expect(gpus.body.droplets.map((droplet: { name: string }) => droplet.name)).toEqual(['ml-inference-01']);
    expect(gpus.body.droplets[0].gpu_info).toMatchObject({ count: 1 });
  });

  test('filters by exact, case-insensitive name and by tag', async () => {
    api = await startTestApi();
    expect((await api.get('/v2/droplets?name=WEB-PROD-01')).body.droplets.map((d: { name: string }) => d.name)).toEqual(['web-prod-01']);
    expect((await api.get('/v2/droplets?name=web-prod')).body.droplets).toEqual([]);
    const db = await api.get('/v2/droplets?tag_name=db');
    expect(db.body.droplets.map((d: { name: string }) => d.name).sort()).toEqual(['db-primary', 'db-replica']);
    expect(db.body.meta.total).toBe(2);
    expect((await api.get('/v2/droplets?tag_name=no-such-tag')).body).toEqual({ droplets: [], links: {}, meta: { total: 0 } });
  });

  test('refuses tag_name combined with name or type, and unknown types', async () => {
    api = await startTestApi();
    expect((await api.get('/v2/droplets?tag_name=db&name=db-primary')).status).toBe(422);
    expect((await api.get('/v2/droplets?tag_name=db&type=droplets')).status).toBe(422);
    expect((await api.get('/v2/droplets?type=vms')).status).toBe(422);
  });

  test('paginates with absolute links built from the request host', async () => {
    api = await startTestApi();
    const page = await api.get('/v2/droplets?per_page=5&page=2');
    expect(page.body.droplets).toHaveLength(5);
    expect(page.body.meta.total).toBe(15);
    expect(page.body.links.pages).toEqual({
      first: `${api.sim.url}/v2/droplets?page=1&per_page=5`,
      prev: `${api.sim.url}/v2/droplets?page=1&per_page=5`,
      next: `${api.sim.url}/v2/droplets?page=3&per_page=5`,
      last: `${api.sim.url}/v2/droplets?page=3&per_page=5`,
    });
    const last = await api.get('/v2/droplets?per_page=5&page=3');
    expect(last.body.droplets).toHaveLength(5);
    const ids = [...(await api.get('/v2/droplets?per_page=5&page=1')).body.droplets, ...page.body.droplets, ...last.body.droplets].map((d: { id: number }) => d.id);
    expect(new Set(ids).size).toBe(15);
  });
});

describe('get and delete', () => {
  test('gets a Droplet with its full region, size and image', async () => {
    api = await startTestApi();
    const listed = await byName('db-primary');
    const response = await api.get(`/v2/droplets/${listed.id}`);
    expect(response.status).toBe(200);
    const droplet = response.body.droplet;
    expect(droplet).toMatchObject({ name: 'db-primary', status: 'active', size_slug: 'm-2vcpu-16gb', memory: 16384, vcpus: 2, disk: 50 });
    expect(droplet.size).toMatchObject({ slug: 'm-2vcpu-16gb', price_monthly: 84, price_hourly: 0.125 });
    expect(droplet.region.slug).toBe('nyc3');
    expect(droplet.image.slug).toBe('debian-12-x64');
    expect(droplet.features).toContain('backups');
    expect(droplet.next_backup_window).toMatchObject({ start: expect.any(String), end: expect.any(String) });
    expect(droplet.backup_ids).toHaveLength(7);
    expect(droplet.snapshot_ids).toHaveLength(2);
    expect(droplet.networks.v4.map((net: { type: string }) => net.type).sort()).toEqual(['private', 'public']);
  });

  test('unknown or malformed ids are 404', async () => {
    api = await startTestApi();
    expect((await api.get('/v2/droplets/1')).status).toBe(404);
    expect((await api.get('/v2/droplets/web-prod-01')).status).toBe(404);
    expect((await api.del('/v2/droplets/1')).status).toBe(404);
  });

  test('delete answers 204, removes the Droplet and its backups, keeps its snapshots, and logs a destroy action', async () => {
    api = await startTestApi();
    const droplet = await byName('db-primary');
    const deleted = await api.del(`/v2/droplets/${droplet.id}`);
    expect(deleted.status).toBe(204);
    expect(deleted.body).toBeUndefined();
    expect((await api.get(`/v2/droplets/${droplet.id}`)).status).toBe(404);
    expect((await api.del(`/v2/droplets/${droplet.id}`)).status).toBe(404);
    expect((await api.get(`/v2/images/${droplet.backup_ids[0]}`)).status).toBe(404);
    expect((await api.get(`/v2/images/${droplet.snapshot_ids[0]}`)).status).toBe(200);
    const latest = (await api.get('/v2/actions?per_page=1')).body.actions[0];
    expect(latest).toMatchObject({ type: 'destroy', resource_id: droplet.id, resource_type: 'droplet', status: 'in-progress' });
    api.sim.clock.runUntilIdle();
    expect((await api.get(`/v2/actions/${latest.id}`)).body.action.status).toBe('completed');
  });

  test('delete by tag removes every tagged Droplet', async () => {
    api = await startTestApi();
    expect((await api.del('/v2/droplets?tag_name=env:staging')).status).toBe(204);
    expect((await api.get('/v2/droplets?tag_name=env:staging')).body.droplets).toEqual([]);
    expect((await api.get('/v2/droplets')).body.meta.total).toBe(13);
    expect((await api.del('/v2/droplets?tag_name=nope')).status).toBe(404);
    expect((await api.del('/v2/droplets')).status).toBe(422);
  });

  test('deleting a Droplet still being created ends its create action errored', async () => {
    api = await startTestApi({ seed: 'empty' });
    const created = await api.post('/v2/droplets', { ...base, name: 'short-lived' });
    await api.del(`/v2/droplets/${created.body.droplet.id}`);
    const action = await api.get(`/v2/actions/${created.body.links.actions[0].id}`);
    expect(action.body.action.status).toBe('errored');
    expect(action.body.action.completed_at).not.toBeNull();
  });
});

describe('create', () => {
  test('a new Droplet starts new, and becomes active with networks when its create action completes', async () => {
    api = await startTestApi({ seed: 'empty' });
    const response = await api.post('/v2/droplets', { ...base, name: 'web-01', tags: ['env:prod'], monitoring: true });
    expect(response.status).toBe(202);
    const { droplet, links } = response.body;
    expect(droplet).toMatchObject({ name: 'web-01', status: 'new', locked: false, networks: { v4: [], v6: [] }, tags: ['env:prod'], kernel: null });
    expect(droplet.size.price_monthly).toBe(6);
    expect(droplet.features).toEqual(expect.arrayContaining(['monitoring', 'private_networking']));
    expect(links.actions).toEqual([{ id: expect.any(Number), rel: 'create', href: `${api.sim.url}/v2/actions/${links.actions[0].id}` }]);

    const pending = await api.get(`/v2/actions/${links.actions[0].id}`);
    expect(pending.body.action).toMatchObject({ type: 'create', status: 'in-progress', completed_at: null, resource_id: droplet.id, region_slug: 'nyc3' });

    api.sim.clock.advance(5);
    expect((await api.get(`/v2/droplets/${droplet.id}`)).body.droplet.status).toBe('new');
    api.sim.clock.advance(120);
    const active = (await api.get(`/v2/droplets/${droplet.id}`)).body.droplet;
    expect(active.status).toBe('active');
    const publicNet = active.networks.v4.find((net: { type: string }) => net.type === 'public');
    expect(publicNet.ip_address).toMatch(/^(159\.203|167\.99|137\.184)\.\d+\.\d+$/);
    expect(active.networks.v4.find((net: { type: string }) => net.type === 'private').ip_address).toMatch(/^10\.108\./);
    expect(active.networks.v6).toEqual([]);
    const done = (await api.get(`/v2/actions/${links.actions[0].id}`)).body.action;
    expect(done.status).toBe('completed');
    expect(Date.parse(done.completed_at) - Date.parse(done.started_at)).toBeGreaterThan(20_000);
  });

  test('ipv6 and backups on create', async () => {
    api = await startTestApi({ seed: 'empty' });
    const { droplet } = (await api.post('/v2/droplets', { ...base, name: 'db-01', ipv6: true, backups: true, backup_policy: { plan: 'weekly', weekday: 'WED', hour: 8 } })).body;
    expect(droplet.features).toEqual(expect.arrayContaining(['ipv6', 'backups']));
    expect(new Date(droplet.next_backup_window.start).getUTCDay()).toBe(3);
    expect(new Date(droplet.next_backup_window.start).getUTCHours()).toBe(8);
    api.sim.clock.runUntilIdle();
    const active = (await api.get(`/v2/droplets/${droplet.id}`)).body.droplet;
    expect(active.networks.v6).toEqual([expect.objectContaining({ type: 'public', netmask: 64 })]);
    const policy = await api.get(`/v2/droplets/${droplet.id}`);
    expect(policy.body.droplet.backup_ids).toEqual([]);
  });

  test('up to ten names create that many Droplets, each with its own action', async () => {
    api = await startTestApi({ seed: 'empty' });
    const response = await api.post('/v2/droplets', { ...base, names: ['worker-1', 'worker-2', 'worker-3'] });
    expect(response.status).toBe(202);
    expect(response.body.droplets.map((d: { name: string }) => d.name)).toEqual(['worker-1', 'worker-2', 'worker-3']);
    expect(response.body.links.actions).toHaveLength(3);
    expect(response.body.droplet).toBeUndefined();
    const eleven = Array.from({ length: 11 }, (_, index) => `w-${index}`);
    expect((await api.post('/v2/droplets', { ...base, names: eleven })).status).toBe(422);
    expect((await api.post('/v2/droplets', { ...base, names: [] })).status).toBe(422);
  });

  test.each(['web_01', 'web-', 'web 01', 'wéb', '', 'a'.repeat(256)])('refuses the name %j', async (name) => {
    api = await startTestApi({ seed: 'empty' });
    const response = await api.post('/v2/droplets', { ...base, name });
    expect(response.status).toBe(422);
    expect(response.body.id).toBe('unprocessable_entity');
  });

  test('accepts what the spec pattern accepts, including a leading dash', async () => {
    api = await startTestApi({ seed: 'empty' });
    for (const name of ['-web', 'api.example.com', 'A1', 'x']) expect((await api.post('/v2/droplets', { ...base, name })).status).toBe(202);
  });

  test.each([
    [{ name: 'x', image: 'ubuntu-24-04-x64', region: 'nyc3' }, /size/i],
    [{ name: 'x', size: 's-1vcpu-1gb', region: 'nyc3' }, /image/i],
    [{ size: 's-1vcpu-1gb', image: 'ubuntu-24-04-x64' }, /name/i],
    [{ ...base, name: 'x', size: 's-64vcpu-1tb' }, /size/i],
    [{ ...base, name: 'x', size: 's-3vcpu-1gb' }, /size/i],
    [{ ...base, name: 'x', image: 'windows-2022' }, /image/i],
    [{ ...base, name: 'x', image: 999 }, /image/i],
    [{ ...base, name: 'x', region: 'mars1' }, /region/i],
    [{ ...base, name: 'x', region: 'sfo1' }, /not available/i],
    [{ ...base, name: 'x', size: 'gpu-h100x1-80gb' }, /not available in region/i],
    [{ ...base, name: 'x', size: 's-1vcpu-512mb-10gb', image: 'docker-20-04' }, /disk/i],
    [{ ...base, name: 'x', tags: ['bad tag'] }, /tag/i],
    [{ ...base, name: 'x', backups: 'yes' }, /backups/],
    [{ ...base, name: 'x', backups: true, backup_policy: { plan: 'hourly' } }, /plan/],
    [{ ...base, name: 'x', ipv6: true, public_networking: false }, /IPv6/],
    [{ ...base, name: 'x', user_data: 'x'.repeat(65 * 1024) }, /64 KiB/],
  ])('refuses %j', async (body, message) => {
    api = await startTestApi({ seed: 'empty' });
    const response = await api.post('/v2/droplets', body);
    expect(response.status).toBe(422);
    expect(response.body.message).toMatch(message);
  });

  test('a region prefix or no region picks a datacenter that offers the size and image', async () => {
    api = await startTestApi({ seed: 'empty' });
    expect((await api.post('/v2/droplets', { ...base, name: 'a', region: 'nyc' })).body.droplet.region.slug).toBe('nyc1');
    const { region: _region, ...noRegion } = base;
    expect((await api.post('/v2/droplets', { ...noRegion, name: 'b' })).body.droplet.region.slug).toBe('nyc1');
    expect((await api.post('/v2/droplets', { ...noRegion, name: 'c', size: 'gpu-h100x1-80gb' })).body.droplet.region.slug).toBe('nyc2');
  });

  test('private images can be used by id only, where they are', async () => {
    api = await startTestApi();
    const custom = (await api.get('/v2/images?private=true&per_page=200')).body.images.find((image: { name: string }) => image.name === 'ubuntu-24.04-hardened-base');
    expect((await api.post('/v2/droplets', { ...base, name: 'hardened-1', size: 's-1vcpu-2gb', image: custom.id, region: 'fra1' })).status).toBe(202);
    expect((await api.post('/v2/droplets', { ...base, name: 'hardened-2', size: 's-1vcpu-2gb', image: custom.id, region: 'sgp1' })).status).toBe(422);
  });

  test('the account Droplet limit is enforced', async () => {
    api = await startTestApi();
    const free = api.sim.state.account.dropletLimit - api.sim.state.droplets.size;
    const names = Array.from({ length: free }, (_, index) => `extra-${index}`);
    expect(names.length).toBeLessThanOrEqual(10);
    expect((await api.post('/v2/droplets', { ...base, names })).status).toBe(202);
    expect((await api.post('/v2/droplets', { ...base, name: 'one-too-many' })).body.message).toMatch(/limit/);
  });
});

describe('Droplet sub-resources', () => {
  test('kernels, snapshots and backups are paginated lists', async () => {
    api = await startTestApi();
    const db = await byName('db-primary');
    const kernels = await api.get(`/v2/droplets/${db.id}/kernels`);
    expect(kernels.body.kernels[0]).toEqual({ id: expect.any(Number), name: expect.any(String), version: expect.any(String) });
    expect(kernels.body.meta.total).toBe(kernels.body.kernels.length);
    const snapshots = await api.get(`/v2/droplets/${db.id}/snapshots`);
    expect(snapshots.body.snapshots.map((s: { name: string }) => s.name)).toEqual(['db-primary-before-pg16', 'db-primary-2025-q1']);
    expect(snapshots.body.snapshots[0]).toMatchObject({ type: 'snapshot', regions: ['nyc3'], min_disk_size: 50 });
    const backups = await api.get(`/v2/droplets/${db.id}/backups?per_page=3`);
    expect(backups.body.meta.total).toBe(7);
    expect(backups.body.backups).toHaveLength(3);
    expect(backups.body.backups[0].type).toBe('backup');
    expect((await api.get('/v2/droplets/1/kernels')).status).toBe(404);
  });

  test('neighbors share a hypervisor; the report lists groups of them', async () => {
    api = await startTestApi();
    const web1 = await byName('web-prod-01');
    const web2 = await byName('web-prod-02');
    const neighbors = await api.get(`/v2/droplets/${web1.id}/neighbors`);
    expect(neighbors.body.droplets.map((d: { id: number }) => d.id)).toContain(web2.id);
    expect(neighbors.body.links).toBeUndefined();
    const report = await api.get('/v2/reports/droplet_neighbors_ids');
    expect(report.body.neighbor_ids).toContainEqual(expect.arrayContaining([web1.id, web2.id]));
  });
});
