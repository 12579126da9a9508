import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadSpecValidator } from './conformance/spec-validator';
import { allRoutes } from './routes/index';
import type { Exchange } from './server';
import { startTestApi, type TestApi } from './test-client';

/**
 * Drives every operation the simulator implements, successes and refusals, and validates every
 * response (status, declared headers, body) against the official OpenAPI spec.
 */
const loaded = loadSpecValidator();
const exchanges: Exchange[] = [];
let api: TestApi;

/** A tour of the API a client could make, touching every route at least once. */
const tour = async (): Promise<void> => {
  const { get, post, put, del, request } = api;
  await get('/v2/account');
  await request('GET', '/v2/account', { token: null });
  await get('/v2/nowhere');
  await request('PATCH', '/v2/droplets');
  await request('HEAD', '/v2/droplets');
  await get('/v2/regions');
  await get('/v2/sizes?per_page=5&page=2');

  const droplets = (await get('/v2/droplets?per_page=4&page=2')).body.droplets;
  await get('/v2/droplets?type=gpus');
  await get('/v2/droplets?tag_name=env:prod');
  await get('/v2/droplets?name=db-primary');
  await get('/v2/droplets?page=99');
  const primary = (await get('/v2/droplets?name=db-primary')).body.droplets[0];
  const web = (await get('/v2/droplets?name=web-prod-01')).body.droplets[0];
  const legacy = (await get('/v2/droplets?name=legacy-reporting')).body.droplets[0];
  await get(`/v2/droplets/${droplets[0].id}`);
  await get('/v2/droplets/1');
  await get(`/v2/droplets/${primary.id}/kernels`);
  await get(`/v2/droplets/${primary.id}/snapshots`);
  await get(`/v2/droplets/${primary.id}/backups?per_page=2`);
  await get(`/v2/droplets/${web.id}/neighbors`);
  await get('/v2/reports/droplet_neighbors_ids');

  const single = await post('/v2/droplets', { name: 'conformance-1', size: 's-1vcpu-1gb', image: 'ubuntu-24-04-x64', region: 'atl1', ipv6: true, backups: true, tags: ['conformance'] });
  const multi = await post('/v2/droplets', { names: ['conformance-2', 'conformance-3'], size: 'g-2vcpu-8gb', image: 'debian-12-x64', region: 'fra1' });
  await post('/v2/droplets', { name: 'bad_name', size: 's-1vcpu-1gb', image: 'ubuntu-24-04-x64' });
  await get(`/v2/droplets/${single.body.droplet.id}`);
  await get(`/v2/actions/${single.body.links.actions[0].id}`);
  api.sim.clock.runUntilIdle();
  const fresh = single.body.droplet.id as number;
  await get(`/v2/droplets/${fresh}`);

  const run = async (id: number, body: Record<string, unknown>): Promise<number> => {
    const started = await post(`/v2/droplets/${id}/actions`, body);
    await get(`/v2/droplets/${id}`);
    api.sim.clock.runUntilIdle();
    return started.body?.action?.id as number;
  };
  const kernel = (await get(`/v2/droplets/${fresh}/kernels`)).body.kernels[1].id;
  for (const body of [
    { type: 'reboot' }, { type: 'power_cycle' }, { type: 'shutdown' }, { type: 'power_on' }, { type: 'power_off' },
    { type: 'resize', size: 's-2vcpu-4gb', disk: true }, { type: 'power_on' }, { type: 'rename', name: 'conformance-renamed' },
    { type: 'rebuild', image: 'ubuntu-22-04-x64' }, { type: 'snapshot', name: 'conformance-snap' }, { type: 'change_kernel', kernel },
    { type: 'password_reset' }, { type: 'enable_ipv6' }, { type: 'enable_private_networking' },
    { type: 'change_backup_policy', backup_policy: { plan: 'weekly', weekday: 'TUE', hour: 16 } }, { type: 'disable_backups' },
    { type: 'enable_backups', backup_policy: { plan: 'daily', hour: 4 } }, { type: 'resize', size: 'nope' }, { type: 'explode' },
  ]) await run(fresh, body);
  const restoreId = await run(primary.id, { type: 'restore', image: primary.backup_ids[0] });
  await get(`/v2/droplets/${primary.id}/actions`);
  await get(`/v2/droplets/${primary.id}/actions/${restoreId}`);
  await get(`/v2/droplets/${primary.id}/actions/1`);
  await post('/v2/droplets/actions?tag_name=conformance', { type: 'power_off' });
  await post('/v2/droplets/actions?tag_name=conformance', { type: 'rename', name: 'x' });
  api.sim.clock.runUntilIdle();
  await get(`/v2/droplets/${legacy.id}`);

  await get('/v2/actions?per_page=3');
  await get('/v2/actions/1');

  await get('/v2/images?per_page=200');
  await get('/v2/images?type=distribution');
  await get('/v2/images?type=application');
  const own = (await get('/v2/images?private=true&per_page=200')).body.images;
  await get('/v2/images?tag_name=golden-image');
  await get('/v2/images/ubuntu-24-04-x64');
  await get('/v2/images/no-such-slug');
  const custom = await post('/v2/images', { name: 'conformance-image', url: 'https://example.com/disk.qcow2.gz', region: 'nyc3', distribution: 'Fedora', description: 'test', tags: ['conformance'] });
  const broken = await post('/v2/images', { name: 'conformance-iso', url: 'https://example.com/disk.iso', region: 'nyc3' });
  await post('/v2/images', { name: 'x' });
  await get(`/v2/images/${custom.body.image.id}`);
  api.sim.clock.runUntilIdle();
  await get(`/v2/images/${custom.body.image.id}`);
  await get(`/v2/images/${broken.body.image.id}`);
  await put(`/v2/images/${custom.body.image.id}`, { name: 'renamed', description: 'new', distribution: 'Debian' });
  const ubuntu = (await get('/v2/images/ubuntu-24-04-x64')).body.image;
  await put(`/v2/images/${ubuntu.id}`, { name: 'mine' });
  await del(`/v2/images/${ubuntu.id}`);
  const transfer = await post(`/v2/images/${custom.body.image.id}/actions`, { type: 'transfer', region: 'atl1' });
  await post(`/v2/images/${custom.body.image.id}/actions`, { type: 'transfer', region: 'nyc3' });
  const backup = own.find((image: { type: string }) => image.type === 'backup');
  await post(`/v2/images/${backup.id}/actions`, { type: 'convert' });
  api.sim.clock.runUntilIdle();
  await get(`/v2/images/${custom.body.image.id}/actions`);
  await get(`/v2/images/${custom.body.image.id}/actions/${transfer.body.action.id}`);
  await get(`/v2/images/${custom.body.image.id}`);

  const snapshots = (await get('/v2/snapshots')).body.snapshots;
  await get('/v2/snapshots?resource_type=volume');
  await get(`/v2/snapshots/${snapshots[0].id}`);
  await get(`/v2/snapshots/${backup.id + 1}`);
  await get(`/v2/snapshots/${primary.backup_ids[1]}`);
  await del(`/v2/snapshots/${snapshots[0].id}`);

  await post('/v2/tags', { name: 'conformance:extra' });
  await post('/v2/tags', { name: 'not valid' });
  await get('/v2/tags');
  await get('/v2/tags/conformance:extra');
  await post('/v2/tags/conformance:extra/resources', { resources: [{ resource_id: String(fresh), resource_type: 'droplet' }, { resource_id: String(custom.body.image.id), resource_type: 'image' }] });
  await get('/v2/tags/conformance:extra');
  await del('/v2/tags/conformance:extra/resources', { resources: [{ resource_id: String(fresh), resource_type: 'droplet' }] });
  await del('/v2/tags/conformance:extra');
  await get('/v2/tags/conformance:extra');

  const keys = (await get('/v2/account/keys?per_page=1')).body.ssh_keys;
  const key = await post('/v2/account/keys', { name: 'conformance', public_key: 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIA7GpCMKrdA1uZwmW7kzd5Mf62fFdNH+ew8kKnXvhjAe conformance' });
  await post('/v2/account/keys', { name: 'broken', public_key: 'ssh-rsa nope' });
  await get(`/v2/account/keys/${key.body.ssh_key.fingerprint}`);
  await put(`/v2/account/keys/${key.body.ssh_key.id}`, { name: 'conformance-renamed' });
  await put(`/v2/account/keys/${key.body.ssh_key.id}`, { name: '' });
  await post('/v2/droplets', { name: 'conformance-keys', size: 's-1vcpu-1gb', image: 'ubuntu-24-04-x64', ssh_keys: [keys[0].id, key.body.ssh_key.fingerprint] });
  await post('/v2/droplets', { name: 'conformance-keys', size: 's-1vcpu-1gb', image: 'ubuntu-24-04-x64', ssh_keys: [1] });
  await del(`/v2/account/keys/${key.body.ssh_key.id}`);
  await get(`/v2/account/keys/${key.body.ssh_key.id}`);

  await get(`/v2/droplets/${web.id}/backups/policy`);
  await get(`/v2/droplets/${legacy.id}/backups/policy`);
  await get('/v2/droplets/backups/policies?per_page=3');
  await get('/v2/droplets/backups/supported_policies');
  await get(`/v2/droplets/${web.id}/firewalls`);
  const now = Math.floor(api.sim.clock.now() / 1000);
  for (const metric of ['cpu', 'filesystem_free', 'filesystem_size', 'load_1', 'load_5', 'load_15', 'memory_cached', 'memory_free', 'memory_total', 'memory_available']) {
    await get(`/v2/monitoring/metrics/droplet/${metric}?host_id=${web.id}&start=${now - 3600}&end=${now}`);
  }
  await get(`/v2/monitoring/metrics/droplet/bandwidth?host_id=${web.id}&interface=private&direction=inbound&start=${now - 3600}&end=${now}`);
  await get(`/v2/monitoring/metrics/droplet/cpu?host_id=${web.id}`);

  const doomed = (await get('/v2/droplets?name=api-prod-01')).body.droplets[0];
  await get(`/v2/droplets/${doomed.id}/destroy_with_associated_resources`);
  api.sim.faults.failActions({ type: 'destroy', resourceId: doomed.id });
  await del(`/v2/droplets/${doomed.id}/destroy_with_associated_resources/selective`, { snapshots: doomed.snapshot_ids.map(String) });
  await get(`/v2/droplets/${doomed.id}/destroy_with_associated_resources/status`);
  await post(`/v2/droplets/${doomed.id}/destroy_with_associated_resources/retry`);
  api.sim.clock.runUntilIdle();
  await get(`/v2/droplets/${doomed.id}/destroy_with_associated_resources/status`);
  await post(`/v2/droplets/${doomed.id}/destroy_with_associated_resources/retry`);
  api.sim.clock.runUntilIdle();
  await get(`/v2/droplets/${doomed.id}/destroy_with_associated_resources/status`);
  const grafana = (await get('/v2/droplets?name=grafana')).body.droplets[0];
  await del(`/v2/droplets/${grafana.id}/destroy_with_associated_resources/dangerous`);
  await request('DELETE', `/v2/droplets/${grafana.id}/destroy_with_associated_resources/dangerous`, { headers: { 'X-Dangerous': 'true' } });

  await del(`/v2/images/${custom.body.image.id}`);
  await del(`/v2/droplets/${multi.body.droplets[0].id}`);
  await del('/v2/droplets?tag_name=conformance');
  await del('/v2/droplets?tag_name=conformance');
  api.sim.faults.failRequests({ path: '/v2/account', status: 503 });
  await get('/v2/account');
};

describe.skipIf(!loaded.ok)('conformance with the official spec', () => {
  beforeAll(async () => {
    api = await startTestApi({ observe: (exchange) => exchanges.push(exchange) });
    await tour();
  }, 60_000);
  afterAll(async () => {
    await api.sim.close();
  });

  test('every response conforms to the spec', () => {
    if (!loaded.ok) return;
    const violations = exchanges.flatMap((exchange) =>
      loaded.validator.check(exchange).map((problem) => `${exchange.method} ${exchange.pathname} → ${exchange.status}: ${problem}`),
    );
    expect(violations).toEqual([]);
    expect(exchanges.length).toBeGreaterThan(100);
  });

  test('the tour reached every implemented route with a success', () => {
    const succeeded = new Set(exchanges.filter((exchange) => exchange.status < 300).map((exchange) => `${exchange.method === 'HEAD' ? 'GET' : exchange.method} ${exchange.route}`));
    const routes = allRoutes(api.sim.world).map((route) => `${route.method} ${route.path}`);
    expect(routes.filter((route) => !succeeded.has(route))).toEqual([]);
  });

  test('the tour met the refusals the API gives', () => {
    const statuses = new Set(exchanges.map((exchange) => exchange.status));
    for (const status of [400, 401, 403, 404, 405, 409, 422, 503]) expect(statuses).toContain(status);
  });
});

if (!loaded.ok) test.skip(`conformance with the official spec: skipped because ${loaded.reason}`, () => undefined);
