import { describe, expect, it } from 'vitest';
import type { ActionProgress } from '../shared/action-types';
import { calibrationKinds, judgeSample, measureCalibration, summarizeCalibration, type CalibrationSample } from './calibration.bench';

const estimate = (expectedMs: number, range?: [number, number]): ActionProgress =>
  ({ kind: 'estimate', fraction: 0, etaMs: expectedMs, expectedMs, basis: 'learned', ...(range ? { lowMs: range[0], highMs: range[1] } : {}) }) as ActionProgress;

describe('calibration counting', () => {
  it('judges a completion against the range shown at start, ends included', () => {
    const ranged = estimate(100_000, [80_000, 120_000]);
    expect(judgeSample({ kind: 'snapshot', atStart: ranged, actualMs: 80_000 })).toEqual({ outcome: 'inside', relativeError: 0.25 });
    expect(judgeSample({ kind: 'snapshot', atStart: ranged, actualMs: 120_000 }).outcome).toBe('inside');
    expect(judgeSample({ kind: 'snapshot', atStart: ranged, actualMs: 125_000 })).toEqual({ outcome: 'outside', relativeError: 0.2 });
    expect(judgeSample({ kind: 'snapshot', atStart: ranged, actualMs: 79_999 }).outcome).toBe('outside');
  });

  it('takes an estimate sized by an upper bound as what it shows: at most its high end', () => {
    const bounded = { ...estimate(600_000, [300_000, 1_200_000]), upperBound: true } as ActionProgress;
    expect(judgeSample({ kind: 'snapshot', atStart: bounded, actualMs: 60_000 })).toMatchObject({ outcome: 'inside', upperBound: true });
    expect(judgeSample({ kind: 'snapshot', atStart: bounded, actualMs: 1_300_000 })).toMatchObject({ outcome: 'outside', upperBound: true });
  });

  it('counts no range apart, and never as inside: indeterminate, untracked, or an estimate without a range', () => {
    expect(judgeSample({ kind: 'resize', atStart: { kind: 'indeterminate', reason: 'no-basis' }, actualMs: 150_000 })).toEqual({ outcome: 'no-range' });
    expect(judgeSample({ kind: 'resize', atStart: undefined, actualMs: 150_000 })).toEqual({ outcome: 'no-range' });
    expect(judgeSample({ kind: 'resize', atStart: estimate(150_000), actualMs: 150_000 })).toEqual({ outcome: 'no-range', relativeError: 0 });
  });

  it('summarizes per kind: n, inside, outside, no range, and the median error over the samples with an expected duration', () => {
    const samples: CalibrationSample[] = [
      { kind: 'transfer', atStart: estimate(100, [90, 110]), actualMs: 100 },
      { kind: 'transfer', atStart: estimate(100, [90, 110]), actualMs: 200 },
      { kind: 'transfer', atStart: estimate(100, [90, 110]), actualMs: 95 },
      { kind: 'transfer', atStart: { kind: 'indeterminate', reason: 'size-unknown' }, actualMs: 100 },
      { kind: 'convert', atStart: undefined, actualMs: 50 },
      { kind: 'snapshot', atStart: { ...estimate(100, [80, 200]), upperBound: true } as ActionProgress, actualMs: 60 },
      { kind: 'snapshot', atStart: estimate(100, [80, 200]), actualMs: 110 },
    ];
    const [snapshot, transfer, convert, ...rest] = summarizeCalibration(samples);
    expect(rest).toEqual([]);
    expect(snapshot).toMatchObject({ kind: 'snapshot', n: 2, inside: 2, upperBound: 1, upperBoundInside: 1 });
    // Over both, then over the one sized by its data only.
    expect(snapshot?.medianRelativeError).toBeCloseTo((40 / 60 + 10 / 110) / 2, 6);
    expect(snapshot?.medianRelativeErrorSized).toBeCloseTo(10 / 110, 6);
    expect(transfer).toMatchObject({ kind: 'transfer', n: 4, inside: 2, outside: 1, noRange: 1, upperBound: 0 });
    // Errors 0, 0.5 and 100/95 − 1: the median is the middle one.
    expect(transfer?.medianRelativeError).toBeCloseTo(5 / 95, 6);
    expect(convert).toMatchObject({ kind: 'convert', n: 1, inside: 0, outside: 0, noRange: 1 });
    expect(convert?.medianRelativeError).toBeNaN();
  });

  it('runs every long kind on a seeded account and accounts for each action it started', async () => {
    const run = await measureCalibration({ seed: 'large:120', perKind: 2, batch: 2 });
    expect(run.unsettled).toBe(0);
    expect(run.historyPages).toBeGreaterThan(0);
    // The first connect read the seeded history and learned from it.
    expect(run.historyLearned).toMatch(/^learned [1-9]\d* of \d+ completed actions/);
    expect(run.figures.map((figure) => figure.kind)).toEqual([...calibrationKinds]);
    for (const figure of run.figures) {
      expect(figure.n, figure.kind).toBe(2);
      expect(figure.inside + figure.outside + figure.noRange, figure.kind).toBe(figure.n);
    }
    expect(run.samples.every((sample) => sample.actualMs > 0)).toBe(true);
    // A resize that grows the disk waits on the disk too: it takes longer than one that does not.
    const longest = (kind: string) => Math.max(...run.samples.filter((sample) => sample.kind === kind).map((sample) => sample.actualMs));
    expect(longest('resize:disk')).toBeGreaterThan(longest('resize'));
  }, 60_000);
});
