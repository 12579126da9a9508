/** An opaque timer handle. */
export type TimerHandle = unknown;

/**
 * Time as the tracker sees it, injected so tests drive it from the simulator's virtual clock.
 * `run` may return a promise of its work: a test scheduler waits for it before moving time on; the
 * system scheduler ignores it (the tracker never lets that promise reject).
 */
export interface Scheduler {
  /** Milliseconds since the Unix epoch. */
  now(): number;
  setTimeout(run: () => void | Promise<void>, delayMs: number): TimerHandle;
  clearTimeout(handle: TimerHandle): void;
}

/** Wall-clock time; its timers never keep the process alive on their own. */
export const systemScheduler: Scheduler = {
  now: () => Date.now(),
  setTimeout: (run, delayMs) => setTimeout(() => void run(), delayMs).unref(),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};
