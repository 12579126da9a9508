import type { Schedule } from './coalescer';

/**
 * How long settles are gathered before their resources are refetched: a bulk action's settles land
 * within a few hundred milliseconds of each other, and a droplet settling twice in that time is
 * fetched once.
 */
export const settleWindowMs = 250;

/** The app's settle batching; renderer tests replace this module with a scheduler they run by hand. */
export const scheduleSettleBatch: Schedule = (run) => {
  const timer = setTimeout(run, settleWindowMs);
  return () => clearTimeout(timer);
};
