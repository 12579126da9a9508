import { afterEach, describe, expect, test } from 'vitest';
import type { AppError } from '../errors';
import type { Priority } from '../../../shared/call-priority';
import { atPriority } from './priority-scope';
import { createRateGovernor, type RateGovernor } from './rate-governor';
import { rejection, startHarness, type Harness } from './test-harness';

let h: Harness;
afterEach(async () => {
  await h.close();
});

const detail = async (promise: Promise<unknown>) => ((await rejection(promise)) as AppError).detail;

const dropletId = (harness: Harness, name: string): number => {
  const droplet = [...harness.sim.state.droplets.values()].find((each) => each.name === name);
  if (!droplet) throw new Error(`no droplet ${name}`);
  return droplet.id;
};

describe('reads are retried', () => {
  test('on 500, 502 and 503, with exponential backoff and full jitter', async () => {
    h = await startHarness();
    for (const status of [500, 502, 503]) h.sim.faults.failRequests({ method: 'GET', path: '/v2/account', status });
    await expect(h.client.account.get()).resolves.toMatchObject({ status: 'active' });
    expect(h.requests).toHaveLength(4);
    // random() is 0.5: half of 250, 500 and 1000 ms.
    expect(h.sleeps).toEqual([125, 250, 500]);
    expect(h.logs.map((line) => line.split(' ')[2])).toEqual(['500', '502', '503', '200']);
    expect(h.logs[3]).toMatch(/\(retry 3\)$/);
  });

  test('a bounded number of times, then the last failure is the error', async () => {
    h = await startHarness();
    h.sim.faults.failRequests({ method: 'GET', path: '/v2/account', status: 503, count: 10 });
    expect(await detail(h.client.account.get())).toMatchObject({ kind: 'server', status: 503, message: 'Unexpected server-side error' });
    expect(h.requests).toHaveLength(4);
  });

  test('when the connection is reset', async () => {
    h = await startHarness({ sim: { faults: { resetRate: 1 } }, onSleep: (_ms, sim) => sim.faults.configure({ resetRate: 0 }) });
    await expect(h.client.account.get()).resolves.toMatchObject({ status: 'active' });
    expect(h.requests).toHaveLength(2);
    expect(h.logs[0]).toMatch(/^GET \/v2\/account no answer \d+ ms$/);
  });

  test('a connection that keeps failing is a network error', async () => {
    h = await startHarness({ sim: { faults: { resetRate: 1 } } });
    expect(await detail(h.client.account.get())).toMatchObject({ kind: 'network', message: expect.stringMatching(/^Could not reach DigitalOcean/) });
    expect(h.requests).toHaveLength(4);
  });

  test('when the answer is late, and give up with a timeout error', async () => {
    h = await startHarness({ sim: { faults: { latencyMs: 150 } }, client: { timeoutMs: 40 } });
    expect(await detail(h.client.account.get())).toEqual({ kind: 'timeout', message: expect.stringMatching(/^DigitalOcean at http:\/\/127\.0\.0\.1:\d+ did not answer within 40 ms\.$/) });
    expect(h.requests).toHaveLength(4);
    expect(h.logs.every((line) => / timed out \d+ ms/.test(line))).toBe(true);
  });
});

describe('whether DigitalOcean answers', () => {
  test('is reported after every attempt: false for each unanswered one, true for any answer', async () => {
    const reports: boolean[] = [];
    h = await startHarness({
      sim: { faults: { resetRate: 1 } },
      client: { onReachable: (reachable) => reports.push(reachable) },
      onSleep: (_ms, sim) => sim.faults.configure({ resetRate: 0 }),
    });
    await expect(h.client.account.get()).resolves.toMatchObject({ status: 'active' });
    h.sim.faults.failRequests({ method: 'GET', path: '/v2/account', status: 503, count: 10 });
    await rejection(h.client.account.get());
    // An error answer is still an answer: DigitalOcean is reachable, only unhappy.
    expect(reports).toEqual([false, true, true, true, true, true]);
  });
});

describe('writes are never retried', () => {
  test('a POST the server acted on before failing exists exactly once', async () => {
    h = await startHarness();
    const id = dropletId(h, 'grafana');
    h.sim.faults.failRequests({ method: 'POST', path: '/v2/droplets/{droplet_id}/actions', status: 500, afterEffect: true });
    expect(await detail(h.client.dropletActions.post(id, { type: 'power_off' }))).toMatchObject({ kind: 'server', status: 500 });
    expect(h.requests).toHaveLength(1);
    // The seeded history holds earlier power-offs of it; this one is the only one running.
    expect(h.sim.state.actionsOf('droplet', id).filter((action) => action.type === 'power_off' && action.status === 'in-progress')).toHaveLength(1);
    expect(h.sleeps).toEqual([]);
  });

  test('nor a POST answered 503, nor one whose connection was reset', async () => {
    h = await startHarness();
    h.sim.faults.failRequests({ method: 'POST', path: '/v2/tags', status: 503 });
    expect(await detail(h.client.tags.create('first'))).toMatchObject({ kind: 'server', status: 503 });
    h.sim.faults.configure({ resetRate: 1 });
    expect(await detail(h.client.tags.create('second'))).toMatchObject({ kind: 'network' });
    expect(h.requests).toEqual(['POST /v2/tags', 'POST /v2/tags']);
  });

  test('nor a PUT or a DELETE', async () => {
    h = await startHarness();
    const id = dropletId(h, 'grafana');
    h.sim.faults.failRequests({ method: 'DELETE', path: '/v2/droplets/{droplet_id}', status: 502 });
    h.sim.faults.failRequests({ method: 'PUT', path: '/v2/images/{image_id}', status: 502 });
    const image = [...h.sim.state.images.values()].find((each) => !each.public);
    expect(await detail(h.client.droplets.delete(id))).toMatchObject({ kind: 'server', status: 502 });
    expect(await detail(h.client.images.update(image?.id as number, { name: 'renamed' }))).toMatchObject({ kind: 'server' });
    expect(h.requests).toHaveLength(2);
    expect(h.sim.state.droplets.has(id)).toBe(true);
  });

  test('a POST that times out is not sent again', async () => {
    h = await startHarness({ sim: { faults: { latencyMs: 150 } }, client: { timeoutMs: 40 } });
    expect(await detail(h.client.tags.create('slow'))).toMatchObject({ kind: 'timeout' });
    expect(h.requests).toHaveLength(1);
  });
});

describe('rate limits', () => {
  test('a 429 waits for retry-after, reports it, then the read succeeds', async () => {
    h = await startHarness({ sim: { rateLimits: { perMinute: 2 } } });
    await h.client.account.get();
    await h.client.account.get();
    await expect(h.client.account.get()).resolves.toMatchObject({ status: 'active' });
    expect(h.rateLimited).toEqual([60_000]);
    expect(h.sleeps).toEqual([60_000]);
    expect(h.logs.map((line) => line.split(' ')[2])).toEqual(['200', '200', '429', '200']);
  });

  test('the budget in every answer reaches the governor, which other clients of the token can share', async () => {
    const governor = createRateGovernor();
    h = await startHarness({ sim: { rateLimits: { perHour: 100 } }, client: { governor } });
    await h.client.account.get();
    await h.client.regions.list({}, { priority: 'background' });
    expect(governor.state()).toMatchObject({ limit: 100, remaining: 98, inFlight: 0 });
  });

  test('a request made in a priority scope goes at most at that priority, never higher', async () => {
    const governor = createRateGovernor();
    const asked: Priority[] = [];
    const spy: RateGovernor = { ...governor, acquire: (priority, signal) => (asked.push(priority), governor.acquire(priority, signal)) };
    h = await startHarness({ client: { governor: spy } });
    await h.client.account.get();
    await atPriority('visible', async () => {
      await h.client.account.get();
      await h.client.account.get({ priority: 'user' });
      await h.client.regions.list({}, { priority: 'background' });
    });
    expect(asked).toEqual(['user', 'visible', 'visible', 'background']);
  });

  test('a write answered 429 is not retried; the error says when to try again', async () => {
    h = await startHarness({ sim: { rateLimits: { perMinute: 1 } } });
    await h.client.account.get();
    expect(await detail(h.client.tags.create('later'))).toMatchObject({ kind: 'rate_limited', status: 429, retryAfterMs: 60_000 });
    expect(h.rateLimited).toEqual([60_000]);
    expect(h.requests).toHaveLength(2);
  });

  test('a user read that would wait longer than a minute fails at once with rate_limited', async () => {
    h = await startHarness();
    // No retry-after: an hourly 429, whose budget comes back at ratelimit-reset, an hour from now here.
    h.sim.faults.failRequests({ method: 'GET', path: '/v2/account', status: 429 });
    const error = await detail(h.client.account.get());
    expect(error).toEqual({ kind: 'rate_limited', message: 'API rate limit exceeded.', status: 429, requestId: expect.any(String), retryAfterMs: 3_600_000 });
    expect(h.rateLimited).toEqual([3_600_000]);
    expect(h.requests).toHaveLength(1);
  });
});

describe('the caller', () => {
  test('can abort a request; the abort is not retried', async () => {
    h = await startHarness({ sim: { faults: { latencyMs: 100 } } });
    const controller = new AbortController();
    const pending = h.client.account.get({ signal: controller.signal });
    setTimeout(() => controller.abort(new Error('closed')), 10);
    await expect(pending).rejects.toThrow('closed');
    expect(h.requests).toHaveLength(1);
  });
});
