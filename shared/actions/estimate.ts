import type { ActionProgress } from '../action-types';

/**
 * How long the work should take, and on what grounds; or why there is nothing to go on. `ms` is the
 * central guess and `lowMs`–`highMs` the range of the whole duration, from the work's start.
 */
export type Expectation =
  | { ms: number; lowMs: number; highMs: number; basis: 'learned' | 'prior'; upperBound?: true; samples?: number }
  | { reason: 'no-basis' | 'size-unknown' };

/**
 * The highest fraction an estimate reports. Below 1 with room to spare, so no rounding in the UI turns
 * an estimate into "100%" before DigitalOcean says the work completed.
 */
export const MAX_ESTIMATED_FRACTION = 0.99;

/**
 * Progress from elapsed time against an expected duration and its range. Past the range's high end the
 * estimate has failed, and the honest answer is "taking longer than expected" rather than a bar stuck
 * near the end.
 */
export const estimateProgress = (elapsedMs: number, expectation: Expectation): ActionProgress => {
  if ('reason' in expectation) return { kind: 'indeterminate', reason: expectation.reason };
  const elapsed = Math.max(0, elapsedMs);
  const highMs = Math.max(expectation.highMs, expectation.ms);
  if (elapsed >= highMs) return { kind: 'indeterminate', reason: 'overdue' };
  return {
    kind: 'estimate',
    fraction: Math.min(elapsed / expectation.ms, MAX_ESTIMATED_FRACTION),
    etaMs: Math.max(0, Math.round(expectation.ms - elapsed)),
    expectedMs: Math.round(expectation.ms),
    lowMs: Math.round(Math.min(expectation.lowMs, expectation.ms)),
    highMs: Math.round(highMs),
    basis: expectation.basis,
    ...(expectation.upperBound ? { upperBound: true as const } : {}),
    ...(expectation.samples === undefined ? {} : { samples: expectation.samples }),
  };
};

/** The expectation an estimate was made from, so it can be moved on in time. */
export const expectationOf = (progress: Extract<ActionProgress, { kind: 'estimate' }>): Expectation => ({
  ms: progress.expectedMs,
  lowMs: progress.lowMs,
  highMs: progress.highMs,
  basis: progress.basis,
  ...(progress.upperBound ? { upperBound: true as const } : {}),
  ...(progress.samples === undefined ? {} : { samples: progress.samples }),
});

/**
 * Running work's progress `sinceMs` after the tracker reported it: the same estimate, moved on by the
 * local clock, so time-left text ticks between polls without asking the main side.
 */
export const advanceProgress = (progress: ActionProgress, elapsedMs: number, sinceMs: number): ActionProgress => {
  if (progress.kind === 'indeterminate' || sinceMs <= 0) return progress;
  return estimateProgress(elapsedMs + sinceMs, expectationOf(progress));
};
