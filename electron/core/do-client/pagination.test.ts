import { afterEach, describe, expect, test } from 'vitest';
import { AppError } from '../errors';
import { rejection, startHarness, type Harness } from './test-harness';

let h: Harness;
afterEach(async () => {
  await h.close();
});

const droplets = (requests: readonly string[]): string[] => requests.filter((request) => request.startsWith('GET /v2/droplets?'));

/** Every Droplet id in the order the API lists them (creation order). */
const idsInApiOrder = (harness: Harness): number[] => [...harness.sim.state.droplets.keys()];

describe('listing every item', () => {
  test('fetches page 1, then the rest at most 4 at a time, and keeps API order', async () => {
    // A little latency, so pages overlap and the bound on pages in flight shows.
    h = await startHarness({ sim: { seed: 'large:2000', faults: { latencyMs: 15 } } });
    const all = await h.client.droplets.listAll();
    expect(all.map((droplet) => droplet.id)).toEqual(idsInApiOrder(h));
    expect(all).toHaveLength(2000);
    expect(h.requests).toHaveLength(10);
    expect(h.requests[0]).toBe('GET /v2/droplets?page=1&per_page=200');
    expect(new Set(h.requests.map((request) => /page=(\d+)/.exec(request)?.[1]))).toEqual(new Set(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10']));
    expect(h.maxInFlight()).toBe(4);
  });

  test('a list that fits on one page takes one request; filters are sent with every page', async () => {
    h = await startHarness({ sim: { seed: 'large:450' } });
    expect(await h.client.droplets.listAll({ name: 'nothing-by-this-name' })).toEqual([]);
    expect(h.requests).toEqual(['GET /v2/droplets?name=nothing-by-this-name&page=1&per_page=200']);
    h.requests.length = 0;
    const tagged = await h.client.droplets.listAll({ tag_name: 'env:prod' });
    expect(tagged.every((droplet) => droplet.tags.includes('env:prod'))).toBe(true);
    expect(h.requests.every((request) => request.includes('tag_name=env%3Aprod'))).toBe(true);
  });

  test('one page of a chosen size carries the links and size of the whole list', async () => {
    h = await startHarness({ sim: { seed: 'large:450' } });
    const first = await h.client.droplets.list({ per_page: 50 });
    expect(first.items).toHaveLength(50);
    expect(first.meta.total).toBe(450);
    expect(first.links.pages?.last).toContain('page=9');
  });

  test('a page that fails once is retried and the list is complete', async () => {
    h = await startHarness({
      sim: { seed: 'large:1000' },
      beforeRequest: (_url, count, sim) => {
        // After page 1 has gone, the next Droplet list request to arrive (whichever page it is) fails once.
        if (count === 2) sim.faults.failRequests({ method: 'GET', path: '/v2/droplets', status: 503 });
      },
    });
    const all = await h.client.droplets.listAll();
    expect(all.map((droplet) => droplet.id)).toEqual(idsInApiOrder(h));
    expect(droplets(h.requests)).toHaveLength(6);
    expect(h.sleeps).toEqual([125]);
    expect(h.logs.filter((line) => line.includes(' 503 '))).toHaveLength(1);
  });

  test('a page that keeps failing fails the whole list, naming the page, and stops there', async () => {
    let armed = false;
    h = await startHarness({
      sim: { seed: 'large:1000' },
      // One page at a time, so the failure lands on page 3 and nowhere else.
      client: { pageConcurrency: 1 },
      beforeRequest: (url, _count, sim) => {
        if (!armed && url.includes('page=3&')) {
          armed = true;
          sim.faults.failRequests({ method: 'GET', path: '/v2/droplets', status: 500, count: 4 });
        }
      },
    });
    const error = await rejection(h.client.droplets.listAll());
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).detail).toMatchObject({
      kind: 'server',
      status: 500,
      message: 'Could not load page 3 of 5 of /v2/droplets: Unexpected server-side error',
      requestId: expect.any(String),
    });
    // Page 3 tried four times (three retries); pages 4 and 5 never asked for.
    expect(droplets(h.requests).map((request) => /page=(\d+)/.exec(request)?.[1])).toEqual(['1', '2', '3', '3', '3', '3']);
  });

  test('with pages in flight together, a failing page stops the others and names itself', async () => {
    h = await startHarness({
      sim: { seed: 'large:1000', faults: { latencyMs: 5 } },
      beforeRequest: (_url, count, sim) => {
        if (count === 2) sim.faults.failRequests({ method: 'GET', path: '/v2/droplets', status: 502, count: 1000 });
      },
    });
    const error = (await rejection(h.client.droplets.listAll())) as AppError;
    expect(error.detail.kind).toBe('server');
    expect(error.message).toMatch(/^Could not load page [2-5] of 5 of \/v2\/droplets: /);
    // Bounded: four pages at most, each tried at most four times, plus page 1.
    expect(droplets(h.requests).length).toBeLessThanOrEqual(17);
  });

  test('an abort from the caller stops the list', async () => {
    h = await startHarness({ sim: { seed: 'large:1000' } });
    const controller = new AbortController();
    const pending = h.client.droplets.listAll({}, { signal: controller.signal });
    controller.abort(new Error('the user navigated away'));
    await expect(pending).rejects.toThrow('the user navigated away');
  });
});
