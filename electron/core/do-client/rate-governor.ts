import { setTimeout as delay } from 'node:timers/promises';
import { AppError } from '../errors';
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
}

/**
 * Spends one token's request budget (5,000 an hour, FACTS.md §7) on the user's clicks first. Share one
 * per account between every client and poller using that account's token.
 */
export interface RateGovernor {
  /** Waits until a request of this priority may be sent. */
  acquire(priority: Priority, signal?: AbortSignal): Promise<RatePermit>;
  /** Holds every request until `untilMs` (epoch ms): the API answered 429. */
  pause(untilMs: number): void;
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
  /** This share of the limit is kept for user requests: background waits for the reset (default 0.05). */
  userReserveShare?: number;
}

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

/**
 * The policy, in order:
 * - after a 429, every request waits until the pause ends;
 * - a user request goes while any budget is left; with none, it waits for the reset (or fails with
 *   `rate_limited` when that is more than `maxUserWaitMs` away);
 * - a background request goes freely while more than `paceBelowShare` of the limit is left; below
 *   that, background requests are spread evenly over the time until the reset, spending only the
 *   budget above the user's reserve; at or below `userReserveShare`, they wait for the reset;
 * - once the reset time passes, the figures are stale: where they would hold a request, one request
 *   at a time goes out to learn the new ones.
 */
export const createRateGovernor = (options: RateGovernorOptions = {}): RateGovernor => {
  const now = options.now ?? Date.now;
  const sleep = options.sleep ?? realSleep;
  const maxUserWaitMs = options.maxUserWaitMs ?? 60_000;
  const paceBelowShare = options.paceBelowShare ?? 0.2;
  const userReserveShare = options.userReserveShare ?? 0.05;

  let limit: number | undefined;
  let remaining: number | undefined;
  let resetAtMs: number | undefined;
  let pausedUntilMs = 0;
  let inFlight = 0;
  /** The next free slot for a paced background request. */
  let nextBackgroundAtMs = 0;
  /** The reset passed since the last figures: more budget came back, how much is unknown until an answer says. */
  let stale = false;
  /** While stale, one request at a time that the old figures would hold goes out to learn the new ones. */
  let probing = false;

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
    const floor = priority === 'user' ? 0 : limit * userReserveShare;
    if (remaining > floor) return 0;
    if (stale) return probing ? PROBE_MS : 0;
    return resetAtMs === undefined ? PROBE_MS : Math.max(1, resetAtMs - time);
  };

  /** The spacing between background requests while the budget is low but above the user's reserve. */
  const paceInterval = (time: number): number => {
    if (stale || remaining === undefined || limit === undefined || resetAtMs === undefined) return 0;
    if (remaining > limit * paceBelowShare) return 0;
    const spendable = remaining - limit * userReserveShare;
    return spendable > 0 ? Math.ceil((resetAtMs - time) / spendable) : 0;
  };

  const grant = (): RatePermit => {
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
      },
    };
  };

  return {
    async acquire(priority, signal) {
      let paced = false;
      for (;;) {
        signal?.throwIfAborted();
        const time = now();
        const wait = hardWait(priority, time);
        if (wait > 0) {
          if (priority === 'user' && wait > maxUserWaitMs) {
            throw AppError.of('rate_limited', `DigitalOcean's rate limit is reached; try again in ${Math.ceil(wait / 1000)} s.`, {
              retryAfterMs: wait,
            });
          }
          await sleep(wait, signal);
          continue;
        }
        if (priority === 'background' && !paced) {
          const interval = paceInterval(time);
          if (interval > 0) {
            // Reserve a slot first, so background requests that arrive together queue one behind another.
            const slot = Math.max(time, nextBackgroundAtMs);
            nextBackgroundAtMs = slot + interval;
            paced = true;
            if (slot > time) {
              await sleep(slot - time, signal);
              continue;
            }
          }
        }
        return grant();
      }
    },
    pause(untilMs) {
      pausedUntilMs = Math.max(pausedUntilMs, untilMs);
    },
    state: () => ({
      ...(limit === undefined ? {} : { limit }),
      ...(remaining === undefined ? {} : { remaining }),
      ...(resetAtMs === undefined ? {} : { resetAtMs }),
      ...(pausedUntilMs > now() ? { pausedUntilMs } : {}),
      inFlight,
    }),
  };
};
