import type { Schedule } from '../resources/coalescer';

/**
 * Stands in for resources/settle-window in renderer tests: a batch of settles flushes when the test
 * says so (`flushSettles`), never after real time.
 *
 *   vi.mock('../resources/settle-window', () => import('../testing/manual-settle-window'));
 */

let pending: (() => void)[] = [];

export const scheduleSettleBatch: Schedule = (run) => {
  pending.push(run);
  return () => {
    pending = pending.filter((one) => one !== run);
  };
};

/** Ends the current settle window: what was gathered is refetched now. */
export const flushSettles = (): void => {
  const runs = pending;
  pending = [];
  for (const run of runs) run();
};
