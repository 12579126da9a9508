/**
 * The simulator's sense of time. Everything that takes time (actions, image imports, rate-limit windows)
 * reads `now()` and schedules through `setTimer`, so tests can drive time instead of sleeping.
 *
 * - virtual: time stands still until `advance` or `runUntilIdle` moves it.
 * - real: time follows the wall clock; due timers fire on their own. `advance` still works and skips ahead.
 */
export type ClockMode = 'virtual' | 'real';

export interface Clock {
  readonly mode: ClockMode;
  /** Milliseconds since the Unix epoch, in simulated time. */
  now(): number;
  /**
   * Schedules work. A `background` timer (recurring housekeeping, such as nightly backups) fires like any
   * other but is not waited for: `runUntilIdle` stops when only background timers are left.
   */
  setTimer(delayMs: number, run: () => void, options?: { background?: boolean }): number;
  clearTimer(id: number): void;
  /** Moves time forward, firing every timer that falls due, in order. */
  advance(seconds: number): void;
  /** Fires timers until no foreground one is left (or the horizon is reached); returns the simulated seconds that passed. */
  runUntilIdle(horizonSeconds?: number): number;
  /** Foreground timers still to fire: work in progress. */
  pendingTimers(): number;
  /** Cancels the wall-clock wake-up so a closed simulator holds no handle open. */
  stop(): void;
}

interface Timer {
  id: number;
  at: number;
  run: () => void;
  background: boolean;
}

/** Node's setTimeout overflows beyond this delay. */
const MAX_WAKE_MS = 2 ** 31 - 1;
const DEFAULT_HORIZON_SECONDS = 60 * 24 * 3600;

export const createClock = (mode: ClockMode, startMs: number = Date.now()): Clock => {
  const timers: Timer[] = [];
  let nextId = 1;
  let virtualNow = startMs;
  let offsetMs = startMs - Date.now();
  let wake: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;

  const now = (): number => (mode === 'virtual' ? virtualNow : Date.now() + offsetMs);

  const fire = (timer: Timer): void => {
    try {
      timer.run();
    } catch (error) {
      console.error('[simulator] a scheduled task failed', error);
    }
  };

  const runDue = (until: number): void => {
    for (let first = timers[0]; first && first.at <= until; first = timers[0]) {
      timers.shift();
      if (mode === 'virtual') virtualNow = Math.max(virtualNow, first.at);
      fire(first);
    }
  };

  const arm = (): void => {
    if (mode !== 'real') return;
    if (wake) clearTimeout(wake);
    wake = undefined;
    const first = timers[0];
    if (!first || stopped) return;
    wake = setTimeout(
      () => {
        runDue(now());
        arm();
      },
      Math.min(Math.max(first.at - now(), 0), MAX_WAKE_MS),
    );
    wake.unref();
  };

  const insert = (timer: Timer): void => {
    // Stable for equal times: a timer set later fires later.
    let index = timers.length;
    while (index > 0 && (timers[index - 1] as Timer).at > timer.at) index -= 1;
    timers.splice(index, 0, timer);
  };

  const moveTo = (target: number): void => {
    if (mode === 'virtual') {
      runDue(target);
      virtualNow = Math.max(virtualNow, target);
    } else {
      offsetMs += Math.max(0, target - now());
      runDue(now());
      arm();
    }
  };

  return {
    mode,
    now,
    setTimer(delayMs, run, options) {
      const timer = { id: nextId, at: now() + Math.max(0, delayMs), run, background: options?.background ?? false };
      nextId += 1;
      insert(timer);
      arm();
      return timer.id;
    },
    clearTimer(id) {
      const index = timers.findIndex((timer) => timer.id === id);
      if (index >= 0) timers.splice(index, 1);
      arm();
    },
    advance(seconds) {
      if (!Number.isFinite(seconds) || seconds < 0) throw new RangeError('advance needs a non-negative number of seconds');
      moveTo(now() + seconds * 1000);
    },
    runUntilIdle(horizonSeconds = DEFAULT_HORIZON_SECONDS) {
      const begin = now();
      const horizon = begin + horizonSeconds * 1000;
      const nextWork = (): Timer | undefined => timers.find((timer) => !timer.background);
      for (let work = nextWork(); work && work.at <= horizon; work = nextWork()) moveTo(work.at);
      return (now() - begin) / 1000;
    },
    pendingTimers: () => timers.filter((timer) => !timer.background).length,
    stop() {
      stopped = true;
      if (wake) clearTimeout(wake);
      wake = undefined;
    },
  };
};
