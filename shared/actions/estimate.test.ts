import { describe, expect, it } from 'vitest';
import { advanceProgress, estimateProgress, MAX_ESTIMATED_FRACTION } from './estimate';

describe('estimateProgress', () => {
  it('reports the fraction of the expected duration and the time left', () => {
    expect(estimateProgress(30_000, { ms: 120_000, basis: 'prior' })).toEqual({
      kind: 'estimate',
      fraction: 0.25,
      etaMs: 90_000,
      expectedMs: 120_000,
      basis: 'prior',
    });
  });

  it('never reaches 1 while in progress, even a moment before the expected end', () => {
    const progress = estimateProgress(119_999, { ms: 120_000, basis: 'learned' });
    expect(progress).toMatchObject({ kind: 'estimate', fraction: MAX_ESTIMATED_FRACTION });
    expect(MAX_ESTIMATED_FRACTION).toBeLessThan(1);
  });

  it('says the work is overdue rather than inventing a figure past the expected end', () => {
    expect(estimateProgress(120_000, { ms: 120_000, basis: 'prior' })).toEqual({ kind: 'indeterminate', reason: 'overdue' });
  });

  it('passes on why there is no estimate', () => {
    expect(estimateProgress(5_000, { reason: 'no-basis' })).toEqual({ kind: 'indeterminate', reason: 'no-basis' });
  });

  it('reads a start in the future (clock skew) as just started', () => {
    expect(estimateProgress(-4_000, { ms: 10_000, basis: 'prior' })).toMatchObject({ fraction: 0, etaMs: 10_000 });
  });
});

describe('advanceProgress', () => {
  const reported = { kind: 'estimate', fraction: 0.5, etaMs: 60_000, expectedMs: 120_000, basis: 'prior' } as const;

  it('moves an estimate on by the time since the tracker reported it', () => {
    expect(advanceProgress(reported, 60_000, 30_000)).toEqual({ kind: 'estimate', fraction: 0.75, etaMs: 30_000, expectedMs: 120_000, basis: 'prior' });
  });

  it('turns overdue once the local clock passes the expectation, and leaves no estimate as it is', () => {
    expect(advanceProgress(reported, 60_000, 61_000)).toEqual({ kind: 'indeterminate', reason: 'overdue' });
    expect(advanceProgress({ kind: 'indeterminate', reason: 'no-basis' }, 60_000, 5_000)).toEqual({ kind: 'indeterminate', reason: 'no-basis' });
    expect(advanceProgress(reported, 60_000, 0)).toBe(reported);
  });
});
