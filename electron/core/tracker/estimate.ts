import type { ActionProgress } from '../../../shared/action-types';
import type { Expectation } from './durations';

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
