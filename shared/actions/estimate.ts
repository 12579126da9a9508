import type { ActionProgress } from '../action-types';

/** How long the work should take, and on what grounds; or why there is nothing to go on. */
export type Expectation = { ms: number; basis: 'learned' | 'prior' } | { reason: 'no-basis' | 'size-unknown' };

/**
 * The highest fraction an estimate reports. Below 1 with room to spare, so no rounding in the UI turns
 * an estimate into "100%" before DigitalOcean says the work completed.
 */
export const MAX_ESTIMATED_FRACTION = 0.99;

/**
 * Progress from elapsed time against an expected duration. Past the expected duration the estimate
 * has failed, and the honest answer is "taking longer than usual" rather than a bar stuck near the end.
 */
export const estimateProgress = (elapsedMs: number, expectation: Expectation): ActionProgress => {
  if ('reason' in expectation) return { kind: 'indeterminate', reason: expectation.reason };
  const elapsed = Math.max(0, elapsedMs);
  if (elapsed >= expectation.ms) return { kind: 'indeterminate', reason: 'overdue' };
  return {
    kind: 'estimate',
    fraction: Math.min(elapsed / expectation.ms, MAX_ESTIMATED_FRACTION),
    etaMs: Math.round(expectation.ms - elapsed),
    expectedMs: Math.round(expectation.ms),
    basis: expectation.basis,
  };
};

/**
 * Running work's progress `sinceMs` after the tracker reported it: the same estimate, moved on by the
 * local clock, so time-left text ticks between polls without asking the main side.
 */
export const advanceProgress = (progress: ActionProgress, elapsedMs: number, sinceMs: number): ActionProgress => {
  if (progress.kind === 'indeterminate' || sinceMs <= 0) return progress;
  return estimateProgress(elapsedMs + sinceMs, { ms: progress.expectedMs, basis: progress.basis });
};
