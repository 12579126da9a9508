import type { Scheduler } from '../scheduler';

/** A scheduler whose timers run only when the test moves time on with `advance(ms)`. */
export const createManualScheduler = (start = 0) => {
  let now = start;
  let timers: { at: number; run: () => void | Promise<void> }[] = [];
  const scheduler: Scheduler = {
    now: () => now,
    setTimeout: (run, delayMs) => {
      const timer = { at: now + delayMs, run };
      timers.push(timer);
      return timer;
    },
    clearTimeout: (handle) => void (timers = timers.filter((timer) => timer !== handle)),
  };
  const advance = (ms: number): void => {
    now += ms;
    const due = timers.filter((timer) => timer.at <= now);
    timers = timers.filter((timer) => timer.at > now);
    for (const timer of due) void timer.run();
  };
  return { scheduler, advance, pending: () => timers.length };
};
