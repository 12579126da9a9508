import { afterEach, describe, expect, test } from 'vitest';
import { AppError } from '../errors';
import type { CallOptions, Priority } from './call-options';
import { getAll, itemsAt } from './pagination';
import { atPriority, effectivePriority } from './priority-scope';
import { createRateGovernor, type RateGovernor } from './rate-governor';
import type { RateLimitInfo } from './rate-limit-headers';
import { rejection, startHarness, type Harness } from './test-harness';
import type { HttpRequest, Transport } from './transport';

let h: Harness;
afterEach(async () => {
  await h.close();
});

const droplets = (requests: readonly string[]): string[] => requests.filter((request) => request.startsWith('GET /v2/droplets?'));

/** Every Droplet id in the order the API lists them (creation order). */
const idsInApiOrder = (harness: Harness): number[] => [...harness.sim.state.droplets.keys()];

describe('listing every item', () => {
  test('fetches page 1, then the rest as many at a time as the governor allows (16 on a healthy budget), and keeps API order', async () => {
    // A little latency, so pages overlap and the bound on pages in flight shows.
    h = await startHarness({ sim: { seed: 'large:3600', faults: { latencyMs: 15 } } });
    const all = await h.client.droplets.listAll();
    expect(all.map((droplet) => droplet.id)).toEqual(idsInApiOrder(h));
    expect(all).toHaveLength(3600);
    expect(h.requests).toHaveLength(18);
    expect(h.requests[0]).toBe('GET /v2/droplets?page=1&per_page=200');
    expect(new Set(h.requests.map((request) => /page=(\d+)/.exec(request)?.[1]))).toEqual(new Set(Array.from({ length: 18 }, (_, index) => String(index + 1))));
    expect(h.maxInFlight()).toBe(16);
    expect(h.rateLimited).toEqual([]);
  });

  test('a fixed number of pages in flight, when the client is given one', async () => {
    h = await startHarness({ sim: { seed: 'large:2000', faults: { latencyMs: 15 } }, client: { pageConcurrency: 3 } });
    expect(await h.client.droplets.listAll()).toHaveLength(2000);
    expect(h.requests).toHaveLength(10);
    expect(h.maxInFlight()).toBe(3);
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

/** What the fake API reported to each request, and what the list looked like when each one started. */
interface Sent {
  page: number;
  priority: Priority;
  /** Pages in flight once this one started, itself included. */
  inFlight: number;
  /** Pages already answered when this one started. */
  answered: number;
}

/**
 * A transport over a fake list of `total` items (ids 1…total) that asks `governor` for each request's
 * turn at its priority, as the real transport does, and answers each page a turn of the event loop
 * later with the budget `budget(n)` reports for the n-th request. No network, no clock.
 */
const fakeList = (total: number, governor: RateGovernor, budget: (request: number) => RateLimitInfo) => {
  const sent: Sent[] = [];
  let inFlight = 0;
  let answered = 0;
  const transport: Transport = {
    async send<T>(request: HttpRequest, call?: CallOptions): Promise<T> {
      const priority = effectivePriority(call?.priority);
      const permit = await governor.acquire(priority, call?.signal);
      const page = Number(request.query?.page);
      const perPage = Number(request.query?.per_page);
      inFlight += 1;
      sent.push({ page, priority, inFlight, answered });
      const number = sent.length;
      await new Promise((resolve) => setImmediate(resolve));
      inFlight -= 1;
      answered += 1;
      permit.settle(budget(number));
      const first = (page - 1) * perPage + 1;
      const items = Array.from({ length: Math.max(0, Math.min(perPage, total - first + 1)) }, (_, index) => ({ id: first + index }));
      return { items, links: { pages: { last: `https://api.example/v2/items?page=${Math.ceil(total / perPage)}` } }, meta: { total } } as T;
    },
  };
  return { transport, sent, most: () => Math.max(...sent.map((request) => request.inFlight)) };
};

const items = { path: '/v2/items', pick: itemsAt<{ id: number }>('items') };
const fromGovernor = (governor: RateGovernor) => (priority: Priority) => governor.pageConcurrency(priority);
const HOUR = 3_600_000;

describe('pages in flight from the budget', () => {
  test('a healthy budget: 10,000 items in 50 requests, page 1 alone, then 16 at a time', async () => {
    const governor = createRateGovernor({ now: () => 0 });
    const list = fakeList(10_000, governor, (request) => ({ limit: 5000, remaining: 5000 - request, resetAtMs: HOUR }));
    const all = await getAll(list.transport, items, fromGovernor(governor));
    expect(all.map((item) => item.id)).toEqual(Array.from({ length: 10_000 }, (_, index) => index + 1));
    expect(list.sent).toHaveLength(50);
    expect(list.sent[0]).toEqual({ page: 1, priority: 'user', inFlight: 1, answered: 0 });
    expect(list.sent.slice(1).every((request) => request.answered >= 1)).toBe(true);
    expect(list.most()).toBe(16);
  });

  test('as the budget falls during a list, fewer pages start at once, and every page is still fetched once', async () => {
    const governor = createRateGovernor({ now: () => 0 });
    // Other work of the token spends the budget meanwhile: 30 fewer at each answer, from half left down to 20%.
    const list = fakeList(10_000, governor, (request) => ({ limit: 5000, remaining: 2500 - 30 * request, resetAtMs: HOUR }));
    const all = await getAll(list.transport, items, fromGovernor(governor), { priority: 'background' });
    expect(all).toHaveLength(10_000);
    expect(list.sent.map((request) => request.page).sort((a, b) => a - b)).toEqual(Array.from({ length: 50 }, (_, index) => index + 1));
    const early = Math.max(...list.sent.slice(1, 20).map((request) => request.inFlight));
    // How many were in flight as each of the last pages started: with a fixed 16 it would be 16 each time.
    const late = Math.max(...list.sent.slice(-10).map((request) => request.inFlight));
    expect(early).toBe(16);
    expect(late).toBeLessThanOrEqual(5);
    const fixed = fakeList(10_000, governor, (request) => ({ limit: 5000, remaining: 2500 - 30 * request, resetAtMs: HOUR }));
    await getAll(fixed.transport, items, 16, { priority: 'background' });
    expect(Math.min(...fixed.sent.slice(-10).map((request) => request.inFlight))).toBe(16);
  });

  test('a background list goes at background priority, one page at a time while background is paced, and never into the user’s reserve', async () => {
    let now = 0;
    const governor = createRateGovernor({
      now: () => now,
      sleep: async (ms) => {
        now += ms;
      },
    });
    const answeredAt: number[] = [];
    // 10.5% left of 1000 (background is paced below 20%, stops at 10%), the reset a minute away; after it the whole budget is back.
    const list = fakeList(3000, governor, (request) => {
      answeredAt.push(now);
      return now >= 60_000 ? { limit: 1000, remaining: 1000 - request, resetAtMs: now + HOUR } : { limit: 1000, remaining: 105 - request, resetAtMs: 60_000 };
    });
    const all = await atPriority('background', () => getAll(list.transport, items, fromGovernor(governor)));
    expect(all).toHaveLength(3000);
    expect(list.sent).toHaveLength(15);
    expect(new Set(list.sent.map((request) => request.priority))).toEqual(new Set(['background']));
    const beforeReset = answeredAt.filter((at) => at < 60_000).length;
    // 105 → 100 left: five requests, one at a time; then the list waits for the reset rather than go below 10%.
    expect(beforeReset).toBe(5);
    expect(Math.max(...list.sent.slice(0, beforeReset).map((request) => request.inFlight))).toBe(1);
    // After the reset one request learns the new figures, then with the budget back the other nine go together.
    expect(list.sent[beforeReset]?.inFlight).toBe(1);
    expect(Math.max(...list.sent.slice(beforeReset + 1).map((request) => request.inFlight))).toBe(9);
  });
});
