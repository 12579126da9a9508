import { afterEach, describe, expect, test } from 'vitest';
import { parseSeed } from './seeds/index';
import { startTestApi, type TestApi } from './test-client';

let apis: TestApi[] = [];
afterEach(async () => {
  await Promise.all(apis.map((api) => api.sim.close()));
  apis = [];
});
const start = async (seed: string): Promise<TestApi> => {
  const api = await startTestApi({ seed });
  apis.push(api);
  return api;
};

const snapshotOf = async (api: TestApi): Promise<unknown[]> =>
  Promise.all(
    ['/v2/droplets?per_page=200', '/v2/droplets?type=gpus', '/v2/images?per_page=200', '/v2/actions?per_page=200', '/v2/tags?per_page=200', '/v2/snapshots'].map(
      async (path) => JSON.parse(JSON.stringify((await api.get(path)).body).replaceAll(api.sim.url, 'http://sim')) as unknown,
    ),
  );

describe('seeds', () => {
  test('the same seed builds the same account, and the same requests change it the same way', async () => {
    const [a, b] = [await start('demo'), await start('demo')];
    expect(await snapshotOf(a)).toEqual(await snapshotOf(b));
    for (const api of [a, b]) {
      await api.post('/v2/droplets', { name: 'same-1', size: 's-1vcpu-1gb', image: 'debian-12-x64', region: 'fra1', ipv6: true });
      api.sim.clock.advance(90);
    }
    expect(await snapshotOf(a)).toEqual(await snapshotOf(b));
  });

  test('demo: a dozen-odd Droplets across regions, sizes, statuses and tags, with history', async () => {
    const api = await start('demo');
    const droplets = [...api.sim.state.droplets.values()];
    expect(droplets.length).toBeGreaterThanOrEqual(12);
    expect(new Set(droplets.map((d) => d.regionSlug)).size).toBeGreaterThanOrEqual(8);
    expect(new Set(droplets.map((d) => d.sizeSlug)).size).toBeGreaterThanOrEqual(8);
    expect(new Set(droplets.map((d) => d.status))).toEqual(new Set(['active', 'off', 'new']));
    const images = [...api.sim.state.images.values()].filter((image) => !image.public);
    expect(new Set(images.map((image) => image.type))).toEqual(new Set(['snapshot', 'backup', 'custom']));
    expect(images.some((image) => image.status === 'deleted' && image.errorMessage !== '')).toBe(true);
    expect(api.sim.state.actions.size).toBeGreaterThan(droplets.length);
    // Something is in progress when it opens, and it finishes.
    expect([...api.sim.state.actions.values()].filter((action) => action.status === 'in-progress')).toHaveLength(2);
    api.sim.clock.runUntilIdle();
    expect([...api.sim.state.actions.values()].filter((action) => action.status === 'in-progress')).toHaveLength(0);
  });

  test('empty: no Droplets, only public images', async () => {
    const api = await start('empty');
    expect((await api.get('/v2/droplets')).body).toEqual({ droplets: [], links: {}, meta: { total: 0 } });
    expect((await api.get('/v2/images?private=true')).body.meta.total).toBe(0);
    expect((await api.get('/v2/actions')).body.meta.total).toBe(0);
    expect((await api.get('/v2/images')).body.meta.total).toBeGreaterThan(0);
  });

  test('large:N: N Droplets, about N/5 images of its own, and pages that work', async () => {
    const api = await start('large:2000');
    const droplets = [...api.sim.state.droplets.values()];
    expect(droplets).toHaveLength(2000);
    const own = [...api.sim.state.images.values()].filter((image) => !image.public).length;
    expect(own).toBeGreaterThanOrEqual(380);
    expect(own).toBeLessThanOrEqual(420);
    const last = (await api.get('/v2/droplets?per_page=200&page=10')).body;
    expect(last.droplets).toHaveLength(200);
    expect(last.links.pages.next).toBeUndefined();
    expect((await api.get('/v2/droplets?tag_name=env:prod&per_page=1')).body.meta.total).toBeGreaterThan(400);
    expect(new Set(droplets.map((d) => d.name)).size).toBe(2000);
  });

  test('unknown seeds and out-of-range sizes are refused', () => {
    expect(() => parseSeed('huge')).toThrow(/Unknown seed/);
    expect(() => parseSeed('large:0')).toThrow();
    expect(() => parseSeed('large:100001')).toThrow();
    expect(parseSeed('large:100000').name).toBe('large:100000');
  });
});
