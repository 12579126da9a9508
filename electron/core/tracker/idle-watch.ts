import type { Logger } from '../log';
import { describeError, retryAfterOf } from './poll-errors';
import type { Scheduler, TimerHandle } from './scheduler';
import type { TrackedRegistry } from './tracked-registry';
import type { ApiAction, TrackerClient } from './tracker-client';

/** A small first page: what started elsewhere in a minute fits in it, and it costs one request. */
export const IDLE_WATCH_PER_PAGE = 20;

export interface IdleWatchOptions {
  client: TrackerClient;
  scheduler: Scheduler;
  log: Logger;
  registry: TrackedRegistry;
  /** How often the account's newest actions are read while nothing is tracked. */
  intervalMs: number;
  /** How often instead while `quiet` says so: the window is hidden and nothing is wanted from the tray. */
  quietIntervalMs?: number;
  quiet?: () => boolean;
  /** The current generation: an answer to an earlier one's request belongs to another account. */
  generation: () => number;
  /** Takes on the page's in-progress actions the panel did not start; resolves with how many. */
  adopt: (actions: readonly ApiAction[], forGeneration: number) => Promise<number>;
  /** Something was adopted: the tracker's own tick takes over from here. */
  onAdopted: () => void;
}

export interface IdleWatch {
  /** Arms the watch if nothing is tracked and it is not armed yet. */
  arm(): void;
  stop(): void;
  /** Forgets the armed timer (account switch); `arm` starts it again. */
  reset(): void;
  /** `quiet` may have changed: the armed wait is measured again from when it began, at the rate that now applies. */
  retime(): void;
}

/**
 * While nothing is tracked, reads the account's newest actions at a low rate (one request a minute by
 * default: at most 60 an hour, a quarter of one minute's budget spread over an hour) so that work
 * started elsewhere (doctl, the web panel, a scheduled backup, a teammate) is followed and told as it
 * ends; more slowly still while nobody can see it and nothing is wanted from the tray (`quiet`). It
 * stands down the moment the tracker has work of its own, whose ticks read the same page.
 */
export const createIdleWatch = ({
  client,
  scheduler,
  log,
  registry,
  intervalMs,
  quietIntervalMs = intervalMs,
  quiet = () => false,
  generation,
  adopt,
  onAdopted,
}: IdleWatchOptions): IdleWatch => {
  let timer: TimerHandle | undefined;
  /** When the armed wait began: a change of rate never brings a look sooner than `intervalMs` after it. */
  let armedAt = 0;
  let stopped = false;

  const currentIntervalMs = (): number => (quiet() ? quietIntervalMs : intervalMs);

  const arm = (): void => {
    if (stopped || timer !== undefined || registry.items.size > 0) return;
    armedAt = scheduler.now();
    timer = scheduler.setTimeout(look, currentIntervalMs());
  };

  const look = async (): Promise<void> => {
    timer = undefined;
    if (stopped || registry.items.size > 0) return;
    const forGeneration = generation();
    let waitMs = 0;
    try {
      const page = await client.listActions(IDLE_WATCH_PER_PAGE);
      if (forGeneration === generation() && (await adopt(page, forGeneration)) > 0) onAdopted();
    } catch (error) {
      // Nothing is lost by missing a look: the next one reads the same page.
      waitMs = retryAfterOf(error);
      log.warn('could not read the account’s newest actions while idle', describeError(error));
    }
    if (forGeneration !== generation()) return;
    if (waitMs > intervalMs) {
      timer = scheduler.setTimeout(look, waitMs);
      return;
    }
    arm();
  };

  return {
    arm,
    stop() {
      stopped = true;
      if (timer !== undefined) scheduler.clearTimeout(timer);
      timer = undefined;
    },
    reset() {
      if (timer !== undefined) scheduler.clearTimeout(timer);
      timer = undefined;
    },
    retime() {
      if (timer === undefined) return;
      scheduler.clearTimeout(timer);
      timer = scheduler.setTimeout(look, Math.max(0, armedAt + currentIntervalMs() - scheduler.now()));
    },
  };
};
