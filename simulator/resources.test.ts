import { afterEach, describe, expect, test } from 'vitest';
import { startTestApi, type TestApi } from './test-client';

let api: TestApi;
afterEach(async () => {
  await api.sim.close();
});

describe('account, regions, sizes', () => {
  test('account', async () => {
    api = await startTestApi();
    const { account } = (await api.get('/v2/account')).body;
    expect(account).toMatchObject({ droplet_limit: 25, email_verified: true, status: 'active', status_message: '' });
    expect(account.uuid).toMatch(/^[0-9a-f-]{36}$/);
  });

  test('regions list availability and the sizes each offers', async () => {
    api = await startTestApi({ seed: 'empty' });
    const { regions, meta } = (await api.get('/v2/regions?per_page=200')).body;
    expect(meta.total).toBe(regions.length);
    const bySlug = Object.fromEntries(regions.map((region: { slug: string }) => [region.slug, region]));
    expect(bySlug.nyc3).toMatchObject({ name: 'New York 3', available: true });
    expect(bySlug.nyc3.sizes).toContain('s-1vcpu-1gb');
    expect(bySlug.nyc3.sizes).not.toContain('gpu-h100x1-80gb');
    expect(bySlug.sfo1).toMatchObject({ available: false, sizes: [] });
  });

  test('sizes carry prices, with hourly prices as DigitalOcean bills them', async () => {
    api = await startTestApi({ seed: 'empty' });
    const { sizes } = (await api.get('/v2/sizes?per_page=200')).body;
    const basic = sizes.find((size: { slug: string }) => size.slug === 's-1vcpu-1gb');
    expect(basic).toMatchObject({ memory: 1024, vcpus: 1, disk: 25, transfer: 1, price_monthly: 6, price_hourly: 0.00893, available: true, description: 'Basic' });
    expect(sizes.every((size: { memory: number }) => size.memory % 8 === 0)).toBe(true);
    expect(sizes.find((size: { slug: string }) => size.slug === 'gpu-h100x1-80gb').regions).toEqual(['nyc2', 'tor1', 'atl1']);
    expect((await api.get('/v2/sizes')).body.sizes).toHaveLength(20);
  });
});

describe('actions', () => {
  test('the whole account, newest first, paginated; one by id', async () => {
    api = await startTestApi();
    const first = (await api.get('/v2/actions?per_page=5')).body;
    expect(first.actions).toHaveLength(5);
    const times = first.actions.map((action: { started_at: string }) => Date.parse(action.started_at));
    expect([...times].sort((a, b) => b - a)).toEqual(times);
    expect(first.actions[0].status).toBe('in-progress');
    expect(first.links.pages.next).toContain('page=2');
    const one = (await api.get(`/v2/actions/${first.actions[2].id}`)).body.action;
    expect(one).toEqual(first.actions[2]);
    expect((await api.get('/v2/actions/1')).status).toBe(404);
    const history = (await api.get('/v2/actions?per_page=200')).body.actions;
    expect(history.some((action: { status: string }) => action.status === 'errored')).toBe(true);
  });

  test('a new action appears at the top of the list at once', async () => {
    api = await startTestApi();
    const droplet = (await api.get('/v2/droplets?name=grafana')).body.droplets[0];
    const started = (await api.post(`/v2/droplets/${droplet.id}/actions`, { type: 'reboot' })).body.action;
    expect((await api.get('/v2/actions?per_page=1')).body.actions[0].id).toBe(started.id);
  });
});

describe('snapshots', () => {
  test('lists Droplet snapshots with string ids; volume snapshots are none', async () => {
    api = await startTestApi();
    const { snapshots, meta } = (await api.get('/v2/snapshots')).body;
    // The demo's named snapshots, those its history took and the backups it converted.
    const held = [...api.sim.state.images.values()].filter((image) => image.type === 'snapshot').length;
    expect(held).toBeGreaterThan(20);
    expect(meta.total).toBe(held);
    expect(snapshots[0]).toMatchObject({ id: expect.stringMatching(/^\d+$/), resource_type: 'droplet', resource_id: expect.stringMatching(/^\d+$/), tags: [] });
    expect((await api.get('/v2/snapshots?resource_type=droplet')).body.meta.total).toBe(held);
    expect((await api.get('/v2/snapshots?resource_type=volume')).body).toEqual({ snapshots: [], links: {}, meta: { total: 0 } });
    expect((await api.get('/v2/snapshots?resource_type=disk')).status).toBe(422);
  });

  test('get and delete by id; other images are not snapshots', async () => {
    api = await startTestApi();
    const { snapshots: [first], meta } = (await api.get('/v2/snapshots')).body;
    expect((await api.get(`/v2/snapshots/${first.id}`)).body.snapshot).toEqual(first);
    const backupId = (await api.get('/v2/droplets?name=db-primary')).body.droplets[0].backup_ids[0];
    expect((await api.get(`/v2/snapshots/${backupId}`)).body).toMatchObject({ id: 'bad_request', message: 'the resource is not a snapshot' });
    expect((await api.get('/v2/snapshots/fbe805e8-866b-11e6-96bf-000f53315a41')).status).toBe(404);
    expect((await api.del(`/v2/snapshots/${first.id}`)).status).toBe(204);
    expect((await api.get(`/v2/snapshots/${first.id}`)).status).toBe(404);
    expect((await api.get('/v2/snapshots')).body.meta.total).toBe(meta.total - 1);
  });
});

describe('tags', () => {
  test('create, get, list and delete', async () => {
    api = await startTestApi({ seed: 'empty' });
    const created = await api.post('/v2/tags', { name: 'team:payments' });
    expect(created.status).toBe(201);
    expect(created.body.tag).toEqual({
      name: 'team:payments',
      resources: { count: 0, droplets: { count: 0 }, images: { count: 0 }, volumes: { count: 0 }, volume_snapshots: { count: 0 }, databases: { count: 0 } },
    });
    expect((await api.get('/v2/tags/team:payments')).body.tag.name).toBe('team:payments');
    expect((await api.get('/v2/tags')).body.meta.total).toBe(1);
    expect((await api.del('/v2/tags/team:payments')).status).toBe(204);
    expect((await api.get('/v2/tags/team:payments')).status).toBe(404);
    expect((await api.del('/v2/tags/team:payments')).status).toBe(404);
  });

  test('names are case-stable: the first spelling is kept and must be used in URLs', async () => {
    api = await startTestApi({ seed: 'empty' });
    await api.post('/v2/tags', { name: 'PROD' });
    expect((await api.post('/v2/tags', { name: 'prod' })).body.tag.name).toBe('PROD');
    expect((await api.get('/v2/tags/prod')).status).toBe(404);
    expect((await api.get('/v2/tags')).body.meta.total).toBe(1);
  });

  test('a bad name is 400, in both error shapes the spec and clients expect', async () => {
    api = await startTestApi({ seed: 'empty' });
    for (const name of ['bad name', '', 'x'.repeat(256), 'émoji', undefined]) {
      const response = await api.post('/v2/tags', name === undefined ? {} : { name });
      expect(response.status).toBe(400);
      expect(response.body).toMatchObject({ id: 'bad_request', message: expect.any(String), error: expect.any(String), root_causes: [expect.any(String)] });
    }
  });

  test('tags and untags Droplets and images, counting them', async () => {
    api = await startTestApi();
    const droplet = (await api.get('/v2/droplets?name=grafana')).body.droplets[0];
    const image = (await api.get('/v2/images?private=true')).body.images[0];
    await api.post('/v2/tags', { name: 'audit' });
    const tagged = await api.post('/v2/tags/audit/resources', {
      resources: [{ resource_id: String(droplet.id), resource_type: 'droplet' }, { resource_id: String(image.id), resource_type: 'image' }],
    });
    expect(tagged.status).toBe(204);
    const tag = (await api.get('/v2/tags/audit')).body.tag;
    expect(tag.resources).toMatchObject({ count: 2, droplets: { count: 1, last_tagged_uri: `${api.sim.url}/v2/droplets/${droplet.id}` }, images: { count: 1 } });
    expect((await api.get(`/v2/droplets/${droplet.id}`)).body.droplet.tags).toContain('audit');
    expect((await api.get('/v2/droplets?tag_name=audit')).body.droplets).toHaveLength(1);
    expect((await api.get('/v2/images?tag_name=audit')).body.images).toHaveLength(1);
    expect((await api.del('/v2/tags/audit/resources', { resources: [{ resource_id: String(droplet.id), resource_type: 'droplet' }] })).status).toBe(204);
    expect((await api.get('/v2/tags/audit')).body.tag.resources.droplets.count).toBe(0);
    expect((await api.get(`/v2/droplets/${droplet.id}`)).body.droplet.tags).not.toContain('audit');
  });

  test('deleting a tag untags everything', async () => {
    api = await startTestApi();
    expect((await api.del('/v2/tags/db')).status).toBe(204);
    const primary = (await api.get('/v2/droplets?name=db-primary')).body.droplets[0];
    expect(primary.tags).toEqual(['env:prod']);
  });

  test('tagging refuses bad bodies and unknown resources, changing nothing', async () => {
    api = await startTestApi();
    const droplet = (await api.get('/v2/droplets?name=grafana')).body.droplets[0];
    expect((await api.post('/v2/tags/web/resources', {})).status).toBe(422);
    expect((await api.post('/v2/tags/web/resources', { resources: [{ resource_id: '1', resource_type: 'database' }] })).status).toBe(422);
    const mixed = [{ resource_id: String(droplet.id), resource_type: 'droplet' }, { resource_id: '1', resource_type: 'droplet' }];
    expect((await api.post('/v2/tags/web/resources', { resources: mixed })).status).toBe(404);
    expect((await api.get(`/v2/droplets/${droplet.id}`)).body.droplet.tags).not.toContain('web');
    expect((await api.post('/v2/tags/nope/resources', { resources: mixed.slice(0, 1) })).status).toBe(404);
  });
});
