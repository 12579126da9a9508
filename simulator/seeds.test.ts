import { afterEach, describe, expect, test } from 'vitest';
import { modelSeconds, VARIANCE } from './actions/durations';
import { parseSeed } from './seeds/index';
import { usedGigabytesAt } from './domain/used-data';
import type { DropletRecord } from './state';
import { DAY_MS } from './time';
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

describe('seeded histories', () => {
  const LONG_KINDS = ['snapshot', 'resize', 'rebuild', 'restore', 'transfer', 'convert'] as const;

  const completedOf = (api: TestApi, type: string) =>
    [...api.sim.state.actions.values()].filter((action) => action.type === type && action.status === 'completed');

  test('demo: a dozen-odd completed actions of every long kind over past weeks, listed newest first', async () => {
    const api = await start('demo');
    const now = api.sim.clock.now();
    for (const type of LONG_KINDS) {
      const past = completedOf(api, type);
      expect(past.length, type).toBeGreaterThanOrEqual(10);
      expect(past.every((action) => (action.completedAt as number) < now)).toBe(true);
      expect(new Set(past.map((action) => Math.floor((now - action.startedAt) / (7 * DAY_MS)))).size, type).toBeGreaterThanOrEqual(3);
    }
    // Resizes that grew the disk take longer than the ones that did not: both are there.
    const resizeSeconds = completedOf(api, 'resize').map((action) => ((action.completedAt as number) - action.startedAt) / 1000);
    expect(resizeSeconds.filter((seconds) => seconds <= 150 * 1.15).length).toBeGreaterThanOrEqual(10);
    expect(resizeSeconds.filter((seconds) => seconds > 150 * 1.15).length).toBeGreaterThanOrEqual(5);

    const listed = (await api.get('/v2/actions?per_page=200')).body.actions as { started_at: string }[];
    const starts = listed.map((action) => Date.parse(action.started_at));
    expect(starts).toEqual([...starts].sort((a, b) => b - a));
  });

  test('every past snapshot left its image, created as the action completed', async () => {
    const api = await start('demo');
    const images = [...api.sim.state.images.values()].filter((image) => image.type === 'snapshot');
    const snapshots = completedOf(api, 'snapshot');
    for (const action of snapshots) {
      expect(images.some((image) => image.dropletId === action.resourceId && image.createdAt === action.completedAt)).toBe(true);
    }
  });

  test('past durations are runs of the same models the engine runs', async () => {
    const api = await start('demo');
    for (const action of completedOf(api, 'rebuild')) {
      const droplet = api.sim.state.droplets.get(action.resourceId);
      const model = modelSeconds('rebuild', droplet?.image.sizeGigabytes ?? 2);
      const seconds = ((action.completedAt as number) - action.startedAt) / 1000;
      expect(seconds).toBeGreaterThanOrEqual(Math.floor(model * (1 - VARIANCE)));
      expect(seconds).toBeLessThanOrEqual(Math.ceil(model * (1 + VARIANCE)));
    }
    for (const action of completedOf(api, 'transfer')) {
      const image = api.sim.state.images.get(action.resourceId);
      const model = modelSeconds('transfer', image?.sizeGigabytes ?? 2);
      const seconds = ((action.completedAt as number) - action.startedAt) / 1000;
      expect(seconds).toBeGreaterThanOrEqual(Math.floor(model * (1 - VARIANCE)));
      expect(seconds).toBeLessThanOrEqual(Math.ceil(model * (1 + VARIANCE)));
      expect(image?.regions).toContain(action.regionSlug);
    }
  });

  test('a resource runs one past action at a time', async () => {
    const api = await start('large:300');
    const byResource = new Map<string, { startedAt: number; completedAt: number | null }[]>();
    for (const action of api.sim.state.actions.values()) {
      const key = `${action.resourceType}:${action.resourceId}`;
      byResource.set(key, [...(byResource.get(key) ?? []), action]);
    }
    for (const actions of byResource.values()) {
      const sorted = [...actions].sort((a, b) => a.startedAt - b.startedAt);
      sorted.slice(1).forEach((action, index) => expect(action.startedAt).toBeGreaterThanOrEqual(sorted[index]?.completedAt as number));
    }
  });

  test('a Droplet that is off now was last powered off, after any resize, rebuild or restore (which leave it on)', async () => {
    const api = await start('large:300');
    const off = [...api.sim.state.droplets.values()].filter((droplet) => droplet.status === 'off');
    expect(off.length).toBeGreaterThan(10);
    for (const droplet of off) {
      const last = api.sim.state
        .actionsOf('droplet', droplet.id)
        .filter((action) => ['power_off', 'power_on', 'resize', 'rebuild', 'restore'].includes(action.type))
        .sort((a, b) => b.startedAt - a.startedAt)[0];
      expect(last?.type).toBe('power_off');
    }
  });

  test('large:N holds more history: at least 30 of every long kind on 2,000 Droplets', async () => {
    const api = await start('large:2000');
    for (const type of LONG_KINDS) expect(completedOf(api, type).length, type).toBeGreaterThanOrEqual(30);
  });

  test('used data is below the disk, Droplet by Droplet, and a snapshot weighs it within 10%', async () => {
    const api = await start('demo');
    const droplets = [...api.sim.state.droplets.values()];
    expect(droplets.every((droplet) => droplet.usedGigabytes > 0 && droplet.usedGigabytes < droplet.disk)).toBe(true);
    expect(new Set(droplets.map((droplet) => droplet.usedGigabytes)).size).toBeGreaterThan(droplets.length / 2);
    const droplet = droplets.find((candidate) => candidate.name === 'grafana');
    if (!droplet) throw new Error('demo has no grafana');
    await api.post(`/v2/droplets/${droplet.id}/actions`, { type: 'snapshot', name: 'weighed' });
    api.sim.clock.runUntilIdle();
    const image = [...api.sim.state.images.values()].find((candidate) => candidate.name === 'weighed');
    expect(image?.sizeGigabytes).toBeGreaterThanOrEqual(droplet.usedGigabytes * 0.9 - 0.01);
    expect(image?.sizeGigabytes).toBeLessThanOrEqual(droplet.usedGigabytes * 1.1 + 0.01);
  });

  test('used data grows at each Droplet’s own pace as time passes, and a later snapshot weighs the grown data', async () => {
    const api = await start('demo');
    const droplets = [...api.sim.state.droplets.values()].filter((droplet) => droplet.status === 'active');
    expect(new Set(droplets.map((droplet) => droplet.usedGrowthPerDay)).size).toBeGreaterThan(droplets.length / 2);
    const droplet = [...droplets].sort((a, b) => b.usedGrowthPerDay - a.usedGrowthPerDay)[0] as DropletRecord;
    const before = usedGigabytesAt(droplet, api.sim.clock.now());
    api.sim.clock.advance(40 * 24 * 3600);
    const grown = usedGigabytesAt(droplet, api.sim.clock.now());
    expect(grown).toBeGreaterThan(before + droplet.usedGrowthPerDay * 39);
    expect(grown).toBeLessThan(droplet.disk);
    await api.post(`/v2/droplets/${droplet.id}/actions`, { type: 'snapshot', name: 'grown' });
    api.sim.clock.runUntilIdle();
    const image = [...api.sim.state.images.values()].find((candidate) => candidate.name === 'grown');
    expect(image?.sizeGigabytes).toBeGreaterThanOrEqual(grown * 0.9 - 0.01);
  });
});
