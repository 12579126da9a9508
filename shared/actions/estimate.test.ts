import { describe, expect, it } from 'vitest';
import { advanceProgress, estimateProgress, MAX_ESTIMATED_FRACTION } from './estimate';

const prior = { ms: 120_000, lowMs: 60_000, highMs: 240_000, basis: 'prior' } as const;

describe('estimateProgress', () => {
  it('reports the fraction of the expected duration, the time left and the range of the whole duration', () => {
    expect(estimateProgress(30_000, prior)).toEqual({
      kind: 'estimate',
      fraction: 0.25,
      etaMs: 90_000,
      expectedMs: 120_000,
      lowMs: 60_000,
      highMs: 240_000,
      basis: 'prior',
    });
  });

  it('carries an upper bound and the number of runs a learned estimate rests on', () => {
    expect(estimateProgress(0, { ms: 10_000, lowMs: 8_000, highMs: 12_000, basis: 'learned', upperBound: true, samples: 12 })).toMatchObject({
      upperBound: true,
      samples: 12,
      basis: 'learned',
    });
  });

  it('never reaches 1 while in progress, even past the central guess', () => {
    const progress = estimateProgress(150_000, prior);
    expect(progress).toMatchObject({ kind: 'estimate', fraction: MAX_ESTIMATED_FRACTION, etaMs: 0, highMs: 240_000 });
    expect(MAX_ESTIMATED_FRACTION).toBeLessThan(1);
  });

  it('says the work is overdue once past the high end of the range, rather than inventing a figure', () => {
    expect(estimateProgress(239_999, prior)).toMatchObject({ kind: 'estimate' });
    expect(estimateProgress(240_000, prior)).toEqual({ kind: 'indeterminate', reason: 'overdue' });
  });

  it('passes on why there is no estimate', () => {
    expect(estimateProgress(5_000, { reason: 'no-basis' })).toEqual({ kind: 'indeterminate', reason: 'no-basis' });
    expect(estimateProgress(5_000, { reason: 'size-unknown' })).toEqual({ kind: 'indeterminate', reason: 'size-unknown' });
  });

  it('reads a start in the future (clock skew) as just started', () => {
    expect(estimateProgress(-4_000, { ms: 10_000, lowMs: 5_000, highMs: 20_000, basis: 'prior' })).toMatchObject({ fraction: 0, etaMs: 10_000 });
  });
});

describe('advanceProgress', () => {
  const reported = { kind: 'estimate', fraction: 0.5, etaMs: 60_000, expectedMs: 120_000, lowMs: 90_000, highMs: 150_000, basis: 'prior' } as const;

  it('moves an estimate on by the time since the tracker reported it, keeping its range', () => {
    expect(advanceProgress(reported, 60_000, 30_000)).toEqual({ ...reported, fraction: 0.75, etaMs: 30_000 });
    expect(advanceProgress({ ...reported, upperBound: true }, 60_000, 30_000)).toMatchObject({ upperBound: true });
  });

  it('turns overdue once the local clock passes the high end, and leaves no estimate as it is', () => {
    expect(advanceProgress(reported, 60_000, 89_000)).toMatchObject({ kind: 'estimate' });
    expect(advanceProgress(reported, 60_000, 90_000)).toEqual({ kind: 'indeterminate', reason: 'overdue' });
    expect(advanceProgress({ kind: 'indeterminate', reason: 'no-basis' }, 60_000, 5_000)).toEqual({ kind: 'indeterminate', reason: 'no-basis' });
    expect(advanceProgress(reported, 60_000, 0)).toBe(reported);
  });
});
