import type { Clock } from '../../../../simulator/clock';
import type { Scheduler } from '../scheduler';

/**
 * Test and benchmark only: the tracker's timers on the simulator's virtual clock. `advance` moves
 * simulated time to each tracker timer in turn (the simulator's own timers, such as actions
 * completing, fire on the way) and waits for that timer's work, requests included, before moving on.
 * No wall-clock sleeps.
 *
 * `countWorkTime`: simulated time also runs, at real speed, while the tracker's work is in flight, so
 * request latency shows in what the tracker measures. Otherwise time stands still during requests and
 * runs are exactly repeatable.
 */
export interface LockstepScheduler extends Scheduler {
  advance(seconds: number): Promise<void>;
  /** Tracker timers waiting to fire. */
  pending(): number;
  /** Tracker timers fired so far. */
  fired(): number;
}

interface Timer {
  id: number;
  at: number;
  run: () => void | Promise<void>;
}

export const createLockstepScheduler = (clock: Clock, { countWorkTime = false }: { countWorkTime?: boolean } = {}): LockstepScheduler => {
  let timers: Timer[] = [];
  let nextId = 1;
  let fired = 0;
  let workStartedAt: number | undefined;

  const now = (): number => clock.now() + (countWorkTime && workStartedAt !== undefined ? performance.now() - workStartedAt : 0);

  /** `Clock.advance` takes seconds, which are not exact in binary: step until the instant is reached. */
  const moveTo = (at: number): void => {
    while (clock.now() < at) clock.advance(Math.max((at - clock.now()) / 1000, 1e-6));
  };

  return {
    now,
    setTimeout(run, delayMs) {
      const timer = { id: nextId, at: now() + Math.max(0, delayMs), run };
      nextId += 1;
      timers.push(timer);
      return timer.id;
    },
    clearTimeout(handle) {
      timers = timers.filter((timer) => timer.id !== handle);
    },
    async advance(seconds) {
      const target = clock.now() + seconds * 1000;
      for (;;) {
        const next = timers.reduce<Timer | undefined>((soonest, timer) => (!soonest || timer.at < soonest.at ? timer : soonest), undefined);
        if (!next || next.at > target) break;
        timers = timers.filter((timer) => timer !== next);
        moveTo(next.at);
        fired += 1;
        workStartedAt = performance.now();
        try {
          await next.run();
        } finally {
          const spentMs = performance.now() - workStartedAt;
          workStartedAt = undefined;
          if (countWorkTime) moveTo(clock.now() + spentMs);
        }
      }
      moveTo(target);
    },
    pending: () => timers.length,
    fired: () => fired,
  };
};
