import { describe, expect, test } from 'vitest';
import type { Priority } from '../../../shared/call-priority';
import { AppError } from '../errors';
import { createRateGovernor, type RateGovernor } from './rate-governor';

/** A governor on a fake clock whose waits are instant, recorded and move the clock. */
const setup = (options: { maxUserWaitMs?: number } = {}) => {
  let now = 1_000_000;
  const waits: { ms: number; at: number }[] = [];
  const governor = createRateGovernor({
    now: () => now,
    sleep: async (ms) => {
      // A governor that keeps waiting without end would otherwise hang the run.
      if (waits.length > 100) throw new Error(`still waiting after 100 waits: ${JSON.stringify(waits.slice(-3))}`);
      waits.push({ ms, at: now });
      now += ms;
    },
    ...options,
  });
  /** Reports a response whose headers say `remaining` of `limit` are left, with the reset `resetInMs` away. */
  const report = async (remaining: number, limit: number, resetInMs: number): Promise<void> => {
    (await governor.acquire('user')).settle({ limit, remaining, resetAtMs: now + resetInMs });
  };
  return { governor, waits, report, clock: () => now, advance: (ms: number) => void (now += ms) };
};

/**
 * A governor whose waits end only when the test moves the clock past them, so several requests can
 * wait together (the instant waits above let each one through before the next arrives).
 */
const setupHeld = () => {
  let now = 1_000_000;
  const sleeping: { until: number; wake: () => void }[] = [];
  const governor = createRateGovernor({
    now: () => now,
    sleep: (ms, signal) =>
      new Promise<void>((resolve, reject) => {
        sleeping.push({ until: now + ms, wake: resolve });
        signal?.addEventListener('abort', () => reject(signal.reason as Error));
      }),
  });
  /** Moves the clock and ends the waits that fall due, then lets what they release run. */
  const advance = async (ms: number): Promise<void> => {
    now += ms;
    for (const sleeper of sleeping.splice(0)) {
      if (sleeper.until <= now) sleeper.wake();
      else sleeping.push(sleeper);
    }
    for (let turn = 0; turn < 10; turn += 1) await Promise.resolve();
  };
  const report = async (remaining: number, limit: number, resetInMs: number): Promise<void> => {
    (await governor.acquire('user')).settle({ limit, remaining, resetAtMs: now + resetInMs });
  };
  return { governor, advance, report, clock: () => now };
};

/** Queues one request of each priority given, in that order; `order` fills as they are granted. */
const queueAll = (governor: RateGovernor, priorities: readonly Priority[]) => {
  const order: Priority[] = [];
  const done = Promise.all(
    priorities.map((priority) =>
      governor.acquire(priority).then((permit) => {
        order.push(priority);
        permit.settle();
      }),
    ),
  );
  return { order, done };
};

const send = async (governor: RateGovernor, priority: Priority): Promise<void> => {
  (await governor.acquire(priority)).settle();
};

describe('the rate governor', () => {
  test('lets everything through while the budget is plentiful, or unknown', async () => {
    const { governor, waits, report } = setup();
    await send(governor, 'background');
    await report(4000, 5000, 600_000);
    for (let n = 0; n < 10; n += 1) await send(governor, 'background');
    expect(waits).toEqual([]);
    expect(governor.state()).toMatchObject({ limit: 5000, remaining: 3990, inFlight: 0 });
  });

  test('when the budget is low, background requests wait for the reset while user requests go through', async () => {
    const { governor, waits, report, clock } = setup();
    // 40 left of 1000: below the 5% kept for the user.
    await report(40, 1000, 30_000);
    const start = clock();
    for (let n = 0; n < 5; n += 1) await send(governor, 'user');
    expect(waits).toEqual([]);
    await send(governor, 'background');
    expect(waits).toEqual([{ ms: 30_000, at: start }]);
  });

  test('between where it stops and the pacing line, background requests are spread out until the reset', async () => {
    const { governor, waits, report, clock } = setup();
    // 150 left of 1000 (pacing below 200), background stops at 100, the reset 100 s away: one background request every 2 s.
    await report(150, 1000, 100_000);
    const start = clock();
    await Promise.all([send(governor, 'background'), send(governor, 'background'), send(governor, 'background')]);
    // Released 2 s apart: the first at once, the next after 2 s, the last one interval later,
    // recomputed with one request fewer left (100,000 / 49 ms).
    expect(waits.map((wait) => wait.at + wait.ms - start)).toEqual([2_000, 4_041]);
    // A user request never queues behind them.
    const before = waits.length;
    await send(governor, 'user');
    expect(waits).toHaveLength(before);
  });

  test('with no budget left, a user request waits for the reset, or fails at once when that is too far', async () => {
    const { governor, waits, report } = setup({ maxUserWaitMs: 60_000 });
    await report(0, 1000, 20_000);
    await send(governor, 'user');
    expect(waits.map((wait) => wait.ms)).toEqual([20_000]);

    await report(0, 1000, 3_600_000);
    const error = await governor.acquire('user').then(
      () => undefined,
      (failure: unknown) => failure,
    );
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).detail).toMatchObject({ kind: 'rate_limited', retryAfterMs: 3_600_000 });
  });

  test('a pause after a 429 holds user and background requests alike', async () => {
    const { governor, waits, clock } = setup();
    governor.pause(clock() + 29_000);
    expect(governor.state().pausedUntilMs).toBe(clock() + 29_000);
    await send(governor, 'background');
    await send(governor, 'user');
    expect(waits.map((wait) => wait.ms)).toEqual([29_000]);
  });

  test('counts requests in flight against the budget until their answers say otherwise', async () => {
    const { governor, report } = setup();
    await report(500, 1000, 60_000);
    const permits = await Promise.all([governor.acquire('user'), governor.acquire('user'), governor.acquire('user')]);
    expect(governor.state()).toMatchObject({ remaining: 497, inFlight: 3 });
    // This answer does not count the two still in flight yet: assume it did not.
    permits[0]?.settle({ limit: 1000, remaining: 499, resetAtMs: 0 });
    expect(governor.state()).toMatchObject({ remaining: 497, inFlight: 2 });
  });

  test('once the reset passes, one request at a time goes to learn the new figures', async () => {
    const { governor, waits, report } = setup();
    await report(0, 1000, 10_000);
    const probe = await governor.acquire('background');
    expect(waits.map((wait) => wait.ms)).toEqual([10_000]);
    // Until the probe's answer is in, the next request waits, even a user one.
    const second = governor.acquire('user');
    await Promise.resolve();
    expect(waits.slice(1).map((wait) => wait.ms)).toEqual(expect.arrayContaining([1_000]));
    expect(waits.slice(1).every((wait) => wait.ms === 1_000)).toBe(true);
    probe.settle({ limit: 1000, remaining: 300, resetAtMs: Number.MAX_SAFE_INTEGER });
    (await second).settle();
    expect(governor.state()).toMatchObject({ remaining: 299, inFlight: 0 });
  });

  test('after the reset passes with budget to spare, nothing waits for a probe', async () => {
    const { governor, waits, report, advance } = setup();
    await report(3000, 5000, 10_000);
    advance(3_600_000);
    await Promise.all([send(governor, 'user'), send(governor, 'user'), send(governor, 'background'), send(governor, 'background')]);
    expect(waits).toEqual([]);
  });

  test('requests that wait together are granted user first, then visible, then background', async () => {
    const { governor, advance, clock } = setupHeld();
    governor.pause(clock() + 10_000);
    const { order, done } = queueAll(governor, ['background', 'visible', 'background', 'user', 'visible']);
    await advance(5_000);
    expect(order).toEqual([]);
    await advance(5_000);
    await done;
    expect(order).toEqual(['user', 'visible', 'visible', 'background', 'background']);
  });

  test('when only a little budget comes back, it goes to the user first', async () => {
    const { governor, advance, report, clock } = setupHeld();
    await report(1, 1000, 30_000);
    governor.pause(clock() + 5_000);
    const { order, done } = queueAll(governor, ['background', 'visible', 'user']);
    await advance(5_000);
    // The user's request took the last request left; the others wait for the reset.
    expect(order).toEqual(['user']);
    await advance(25_000);
    // The reset passed: visible goes first, as the probe that learns the new figures, then background.
    await advance(1_000);
    await done;
    expect(order).toEqual(['user', 'visible', 'background']);
  });

  test('visible requests go freely while background ones are paced, and are paced only lower down', async () => {
    const { governor, waits, report, clock } = setup();
    // 150 left of 1000: background paces (below 200), visible does not (below 100).
    await report(150, 1000, 100_000);
    for (let n = 0; n < 3; n += 1) await send(governor, 'visible');
    expect(waits).toEqual([]);

    // 80 left: background stops (at 100), visible is spread over what is left above the user's 50.
    await report(80, 1000, 60_000);
    const start = clock();
    await Promise.all([send(governor, 'visible'), send(governor, 'visible')]);
    expect(waits.map((wait) => wait.at + wait.ms - start)).toEqual([2_000]);
    await send(governor, 'background');
    expect(waits.at(-1)?.ms).toBe(start + 60_000 - (waits.at(-1)?.at ?? 0));
  });

  test('visible requests keep out of the user’s reserve', async () => {
    const { governor, waits, report, clock } = setup();
    // 40 left of 1000: inside the 50 kept for the user.
    await report(40, 1000, 30_000);
    const start = clock();
    await send(governor, 'user');
    expect(waits).toEqual([]);
    await send(governor, 'visible');
    expect(waits).toEqual([{ ms: 30_000, at: start }]);
  });

  test('an abort ends a wait', async () => {
    const governor = createRateGovernor({ now: () => 0 });
    governor.pause(60_000);
    const controller = new AbortController();
    const waiting = governor.acquire('background', controller.signal);
    controller.abort(new Error('stop'));
    await expect(waiting).rejects.toThrow();
  });
});

describe('pages of one list in flight', () => {
  /** What each priority's list may have in flight now. */
  const pagesFor = (governor: RateGovernor): Record<Priority, number> => ({
    user: governor.pageConcurrency('user'),
    visible: governor.pageConcurrency('visible'),
    background: governor.pageConcurrency('background'),
  });

  test('the most while at least half the budget is left, fewer as it falls, one where a priority is paced or stopped', async () => {
    const { governor, report } = setup();
    await report(5000, 5000, 600_000);
    expect(pagesFor(governor)).toEqual({ user: 16, visible: 16, background: 16 });
    await report(2500, 5000, 600_000);
    expect(pagesFor(governor)).toEqual({ user: 16, visible: 16, background: 16 });
    // 30% left: in proportion between half and where each is paced (user never, visible 10%, background 20%).
    await report(1500, 5000, 600_000);
    expect(pagesFor(governor)).toEqual({ user: 10, visible: 8, background: 6 });
    // 15% left: background is paced, one page at a time.
    await report(750, 5000, 600_000);
    expect(pagesFor(governor)).toEqual({ user: 5, visible: 2, background: 1 });
    // 8% left: below where background stops and visible is paced.
    await report(400, 5000, 600_000);
    expect(pagesFor(governor)).toEqual({ user: 3, visible: 1, background: 1 });
    await report(0, 5000, 600_000);
    expect(pagesFor(governor)).toEqual({ user: 1, visible: 1, background: 1 });
  });

  test('a few before any answer has told the budget; one while a 429 pause lasts', async () => {
    const { governor, report, clock, advance } = setup();
    expect(pagesFor(governor)).toEqual({ user: 4, visible: 4, background: 4 });
    await report(5000, 5000, 600_000);
    governor.pause(clock() + 30_000);
    expect(pagesFor(governor)).toEqual({ user: 1, visible: 1, background: 1 });
    advance(30_000);
    expect(pagesFor(governor)).toEqual({ user: 16, visible: 16, background: 16 });
  });

  test('the most and the healthy share can be tuned', async () => {
    const governor = createRateGovernor({ now: () => 0, maxPagesInFlight: 8, healthyShare: 0.8 });
    (await governor.acquire('user')).settle({ limit: 1000, remaining: 900, resetAtMs: 60_000 });
    expect(pagesFor(governor)).toEqual({ user: 8, visible: 8, background: 8 });
    (await governor.acquire('user')).settle({ limit: 1000, remaining: 500, resetAtMs: 60_000 });
    expect(pagesFor(governor)).toEqual({ user: 5, visible: 5, background: 4 });
  });
});
