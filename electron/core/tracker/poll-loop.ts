import type { Logger } from '../log';
import { backoffDelayMs } from './poll-policy';
import type { Scheduler, TimerHandle } from './scheduler';
import { wantedDelay } from './tracked-item';
import type { TrackedRegistry } from './tracked-registry';

export interface PollLoopOptions {
  scheduler: Scheduler;
  log: Logger;
  registry: TrackedRegistry;
  /** The current generation: a tick started in an earlier one belongs to another account. */
  generation: () => number;
  /** What one tick asks of DigitalOcean, all at once; each resolves false when a request failed. */
  polls: readonly ((forGeneration: number) => Promise<boolean>)[];
  /** Nothing is left to poll: the tick stops until work is tracked again. */
  onIdle?: () => void;
}

export interface PollLoop {
  /** Arms the one timer for the next tick; only ever moves it sooner (a tick in progress re-arms when done). */
  schedule(): void;
  /** DigitalOcean asked for this long a wait before the next request (a 429's retry-after). */
  noteRetryAfter(ms: number): void;
  isStopped(): boolean;
  /** Stops ticking for good. */
  stop(): void;
  /** Forgets failures and the armed timer (account switch); ticking resumes with `schedule`. */
  reset(): void;
}

/**
 * The tick: polls only while something is in flight, as soon as the most impatient piece of work
 * wants, backing off after failed ticks and never sooner than DigitalOcean asked. Emits
 * `actions.progress` after each tick.
 */
export const createPollLoop = ({ scheduler, log, registry, generation, polls, onIdle }: PollLoopOptions): PollLoop => {
  const { items } = registry;
  let timer: { handle: TimerHandle; at: number } | undefined;
  let ticking = false;
  let stopped = false;
  let failedTicks = 0;
  let retryAfterMs = 0;

  const nextDelay = (now: number): number | undefined => {
    if (items.size === 0) return undefined;
    let wanted = Infinity;
    for (const item of items.values()) wanted = Math.min(wanted, wantedDelay(item, now));
    return backoffDelayMs(wanted, failedTicks, retryAfterMs);
  };

  const clearTimer = (): void => {
    if (timer) scheduler.clearTimeout(timer.handle);
    timer = undefined;
  };

  const schedule = (): void => {
    if (stopped || ticking) return;
    const now = scheduler.now();
    const delay = nextDelay(now);
    if (delay === undefined) {
      clearTimer();
      onIdle?.();
      return;
    }
    if (timer && timer.at <= now + delay) return;
    if (timer) scheduler.clearTimeout(timer.handle);
    timer = { handle: scheduler.setTimeout(tick, delay), at: now + delay };
  };

  async function tick(): Promise<void> {
    timer = undefined;
    if (stopped || items.size === 0) return;
    const forGeneration = generation();
    ticking = true;
    retryAfterMs = 0;
    try {
      const results = await Promise.all(polls.map((poll) => poll(forGeneration)));
      if (forGeneration !== generation()) return;
      failedTicks = results.every(Boolean) ? 0 : failedTicks + 1;
      registry.emitProgress();
    } catch (error) {
      // Nothing above should throw; if something does, the next tick tries again.
      failedTicks += 1;
      log.error('a poll failed unexpectedly', error);
    } finally {
      // After a reset this tick belongs to the previous account: the new one has its own timer.
      if (forGeneration === generation()) {
        ticking = false;
        schedule();
      }
    }
  }

  return {
    schedule,
    noteRetryAfter(ms) {
      retryAfterMs = Math.max(retryAfterMs, ms);
    },
    isStopped: () => stopped,
    stop() {
      stopped = true;
      clearTimer();
    },
    reset() {
      failedTicks = 0;
      retryAfterMs = 0;
      clearTimer();
      ticking = false;
    },
  };
};
