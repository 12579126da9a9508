import { setTimeout as delay } from 'node:timers/promises';
import { AppError } from '../errors';
import { priorities } from '../../../shared/call-priority';
import type { Priority, Sleep } from './call-options';
import type { RateLimitInfo } from './rate-limit-headers';

/** A granted request slot; `settle` reports the response's budget headers (if any) and frees the slot. */
export interface RatePermit {
  settle(info?: RateLimitInfo): void;
}

/** The governor's view of the token's budget, for the UI and for tests. */
export interface RateState {
  limit?: number;
  /** Estimated: the last reported figure less the requests sent since. */
  remaining?: number;
  resetAtMs?: number;
  /** Set by a 429: nothing is sent before this. */
  pausedUntilMs?: number;
  inFlight: number;
  /** Requests waiting for their turn. */
  waiting: number;
}

/**
 * Spends one token's request budget (5,000 an hour, FACTS.md §7) on the user's clicks first, then on
 * what the visible screen needs, then on background work. Share one per account between every client and poller using that account's token.
 */
export interface RateGovernor {
  /** Waits until a request of this priority may be sent. */
  acquire(priority: Priority, signal?: AbortSignal): Promise<RatePermit>;
  /** Holds every request until `untilMs` (epoch ms): the API answered 429. */
  pause(untilMs: number): void;
  /**
   * How many pages of one list of this priority may be in flight now: the most while the budget is
   * healthy, fewer as it falls, one where the priority is paced or stopped or after a 429. Each page
   * still waits in `acquire` for its turn; this only keeps a long list from taking the budget in one burst.
   */
  pageConcurrency(priority: Priority): number;
  state(): RateState;
}

/** Tuning and test hooks; the defaults suit the real API. */
export interface RateGovernorOptions {
  now?: () => number;
  /** Must move the clock `now` reads: the governor re-checks the time after each wait. */
  sleep?: Sleep;
  /** A user request that would wait longer fails at once with `rate_limited` instead (default 60 s). */
  maxUserWaitMs?: number;
  /** Below this share of the limit left, background requests are spread out until the reset (default 0.2). */
  paceBelowShare?: number;
  /** At or below this share of the limit left, background requests wait for the reset (default 0.1). */
  backgroundStopShare?: number;
  /** Below this share of the limit left, `visible` requests are spread out until the reset (default 0.1). */
  visiblePaceBelowShare?: number;
  /** This share of the limit is kept for user requests: `visible` ones wait for the reset (default 0.05). */
  userReserveShare?: number;
  /** Pages of one list in flight at most, while the budget is healthy (default 16). */
  maxPagesInFlight?: number;
  /** At or above this share of the limit left, a list gets `maxPagesInFlight` pages at once (default 0.5). */
  healthyShare?: number;
}

/**
 * Pages of one list in flight at most. Measured on the simulator with 50 ms added to each answer,
 * 10,000 Droplets against doctl's 5 in flight: 8 took 0.77× its time, 16 took 0.66×, 24 no less than
 * 16 (bench/do-client.bench.ts); a list's 49 pages after page 1 then go in four rounds.
 */
export const MAX_PAGES_IN_FLIGHT = 16;

/** Pages in flight before any answer has told the budget (in practice a list's page 1 always has). */
const PAGES_IN_FLIGHT_UNKNOWN = 4;

/** How long to wait before looking again while a probe is out to learn the budget. */
const PROBE_MS = 1_000;

/** The default sleep: a real timer that an abort cancels, rejecting with the abort's reason as fetch does. */
export const realSleep: Sleep = async (ms, signal) => {
  try {
    await delay(ms, undefined, signal ? { signal } : {});
  } catch (error) {
    throw signal?.aborted ? signal.reason : error;
  }
};

/** A request waiting for its turn. */
interface Waiter {
  readonly priority: Priority;
  readonly rank: number;
  /** The paced slot it was given, once pacing applied to it. */
  slotAtMs?: number;
  readonly grant: (permit: RatePermit) => void;
  readonly refuse: (error: unknown) => void;
}

/**
 * The policy, in order:
 * - requests wait in one queue and are granted highest priority first (`user`, `visible`,
 *   `background`), in arrival order within a priority, so when budget comes back the user's go first;
 * - after a 429, every request waits until the pause ends;
 * - a user request goes while any budget is left; with none, it waits for the reset (or fails with
 *   `rate_limited` when that is more than `maxUserWaitMs` away);
 * - a `visible` request goes freely while more than `visiblePaceBelowShare` of the limit is left;
 *   below that it is spread evenly over the time until the reset, never touching the user's reserve
 *   (`userReserveShare`), where it waits for the reset;
 * - a background request is spread out sooner (below `paceBelowShare`) and stops sooner (at
 *   `backgroundStopShare`), so what is on screen keeps a share of its own;
 * - once the reset time passes, the figures are stale: where they would hold a request, one request
 *   at a time goes out to learn the new ones;
 * - a list of a priority gets `maxPagesInFlight` pages at once while at least `healthyShare` of the
 *   limit is left, fewer in proportion down to where that priority is paced, one from there on.
 */
export const createRateGovernor = (options: RateGovernorOptions = {}): RateGovernor => {
  const now = options.now ?? Date.now;
  const sleep = options.sleep ?? realSleep;
  const maxUserWaitMs = options.maxUserWaitMs ?? 60_000;
  const userReserveShare = options.userReserveShare ?? 0.05;
  const maxPagesInFlight = Math.max(1, options.maxPagesInFlight ?? MAX_PAGES_IN_FLIGHT);
  const healthyShare = options.healthyShare ?? 0.5;
  /** Per priority: the share at or below which it waits for the reset, and below which it is paced. */
  const tiers: Readonly<Record<Priority, { stopShare: number; paceShare: number }>> = {
    user: { stopShare: 0, paceShare: 0 },
    visible: { stopShare: userReserveShare, paceShare: options.visiblePaceBelowShare ?? 0.1 },
    background: { stopShare: options.backgroundStopShare ?? 0.1, paceShare: options.paceBelowShare ?? 0.2 },
  };

  let limit: number | undefined;
  let remaining: number | undefined;
  let resetAtMs: number | undefined;
  let pausedUntilMs = 0;
  let inFlight = 0;
  /** The next free slot per paced priority. */
  const nextSlotAtMs: Record<Priority, number> = { user: 0, visible: 0, background: 0 };
  /** The reset passed since the last figures: more budget came back, how much is unknown until an answer says. */
  let stale = false;
  /** While stale, one request at a time that the old figures would hold goes out to learn the new ones. */
  let probing = false;
  /** Waiting requests, highest priority first, then oldest first. */
  const queue: Waiter[] = [];
  /** The one pending wake-up: when it is due, and how to cancel it for an earlier one. */
  let wake: { atMs: number; cancel: AbortController } | undefined;

  /** Requests only leave the sliding window as time passes, so an old figure stays a safe lower bound. */
  const expireStale = (time: number): void => {
    if (resetAtMs !== undefined && time >= resetAtMs) {
      stale = true;
      resetAtMs = undefined;
      if (remaining !== undefined) remaining = Math.max(remaining, 1);
    }
  };

  /** How long a request must still wait, ignoring pacing; 0 when it may go now. */
  const hardWait = (priority: Priority, time: number): number => {
    if (pausedUntilMs > time) return pausedUntilMs - time;
    expireStale(time);
    if (remaining === undefined || limit === undefined) return 0;
    if (remaining > limit * tiers[priority].stopShare) return 0;
    if (stale) return probing ? PROBE_MS : 0;
    return resetAtMs === undefined ? PROBE_MS : Math.max(1, resetAtMs - time);
  };

  /** The spacing between requests of a priority while the budget is low but above where it stops. */
  const paceInterval = (priority: Priority, time: number): number => {
    if (stale || remaining === undefined || limit === undefined || resetAtMs === undefined) return 0;
    const { stopShare, paceShare } = tiers[priority];
    if (remaining > limit * paceShare) return 0;
    const spendable = remaining - limit * stopShare;
    return spendable > 0 ? Math.ceil((resetAtMs - time) / spendable) : 0;
  };

  const permit = (): RatePermit => {
    const probe = stale;
    if (probe) probing = true;
    inFlight += 1;
    if (remaining !== undefined) remaining -= 1;
    let settled = false;
    return {
      settle(info) {
        if (settled) return;
        settled = true;
        if (info) {
          limit = info.limit;
          // The others still in flight may not be counted in this figure yet: assume they are not.
          remaining = info.remaining - (inFlight - 1);
          resetAtMs = info.resetAtMs;
          stale = false;
        }
        if (probe) probing = false;
        inFlight -= 1;
        // New figures, or a probe's end, may let a waiting request go.
        if (queue.length > 0) pump();
      },
    };
  };

  /** How long this waiter must still wait; 0 when it may go now. Reserves its paced slot the first time pacing applies. */
  const waitOf = (waiter: Waiter, time: number): number => {
    const hard = hardWait(waiter.priority, time);
    if (hard > 0) return hard;
    if (waiter.slotAtMs === undefined) {
      const interval = paceInterval(waiter.priority, time);
      if (interval === 0) return 0;
      // Reserved in queue order, so requests that wait together are released one behind another.
      waiter.slotAtMs = Math.max(time, nextSlotAtMs[waiter.priority]);
      nextSlotAtMs[waiter.priority] = waiter.slotAtMs + interval;
    }
    return Math.max(0, waiter.slotAtMs - time);
  };

  const remove = (waiter: Waiter): boolean => {
    const index = queue.indexOf(waiter);
    if (index >= 0) queue.splice(index, 1);
    return index >= 0;
  };

  /** Grants every waiter that may go now, highest priority first, and sets one wake-up for the rest. */
  const pump = (): void => {
    const time = now();
    let soonest = Number.POSITIVE_INFINITY;
    for (const waiter of [...queue]) {
      const wait = waitOf(waiter, time);
      if (wait === 0) {
        remove(waiter);
        waiter.grant(permit());
      } else if (waiter.priority === 'user' && wait > maxUserWaitMs) {
        remove(waiter);
        waiter.refuse(
          AppError.of('rate_limited', `DigitalOcean's rate limit is reached; try again in ${Math.ceil(wait / 1000)} s.`, { retryAfterMs: wait }),
        );
      } else {
        soonest = Math.min(soonest, wait);
      }
    }
    if (queue.length > 0 && Number.isFinite(soonest)) wakeIn(soonest, time);
  };

  const wakeIn = (ms: number, time: number): void => {
    const atMs = time + ms;
    if (wake && wake.atMs <= atMs) return;
    wake?.cancel.abort();
    const current = { atMs, cancel: new AbortController() };
    wake = current;
    sleep(ms, current.cancel.signal).then(
      () => {
        if (wake !== current) return;
        wake = undefined;
        pump();
      },
      (error: unknown) => {
        if (wake !== current) return;
        // The sleep itself failed: nothing would wake the waiters, so they fail with it.
        wake = undefined;
        for (const waiter of queue.splice(0)) waiter.refuse(error);
      },
    );
  };

  const rankOf = (priority: Priority): number => priorities.indexOf(priority);

  return {
    acquire(priority, signal) {
      return new Promise<RatePermit>((resolve, reject) => {
        signal?.throwIfAborted();
        const onAbort = (): void => {
          if (remove(waiter)) reject(signal?.reason);
        };
        const waiter: Waiter = {
          priority,
          rank: rankOf(priority),
          grant: (granted) => {
            signal?.removeEventListener('abort', onAbort);
            resolve(granted);
          },
          refuse: (error) => {
            signal?.removeEventListener('abort', onAbort);
            reject(error);
          },
        };
        signal?.addEventListener('abort', onAbort, { once: true });
        let index = queue.length;
        while (index > 0 && (queue[index - 1] as Waiter).rank > waiter.rank) index -= 1;
        queue.splice(index, 0, waiter);
        pump();
      });
    },
    pause(untilMs) {
      pausedUntilMs = Math.max(pausedUntilMs, untilMs);
    },
    pageConcurrency(priority) {
      if (pausedUntilMs > now()) return 1;
      // After a reset the figure is a lower bound until the next answer: narrower than need be, never wider.
      if (remaining === undefined || limit === undefined) return Math.min(PAGES_IN_FLIGHT_UNKNOWN, maxPagesInFlight);
      const share = remaining / limit;
      if (share >= healthyShare) return maxPagesInFlight;
      const { paceShare } = tiers[priority];
      if (share <= paceShare) return 1;
      return Math.max(1, Math.ceil((maxPagesInFlight * (share - paceShare)) / (healthyShare - paceShare)));
    },
    state: () => ({
      ...(limit === undefined ? {} : { limit }),
      ...(remaining === undefined ? {} : { remaining }),
      ...(resetAtMs === undefined ? {} : { resetAtMs }),
      ...(pausedUntilMs > now() ? { pausedUntilMs } : {}),
      inFlight,
      waiting: queue.length,
    }),
  };
};
