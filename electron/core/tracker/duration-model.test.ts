import { describe, expect, it } from 'vitest';
import { createDurationModel, FEW_SAMPLES_RANGE, fitLine, median, predict, predictor, quantile, rangeRatios, residualRatios, type DurationSample } from './duration-model';

/** A small seeded generator, so every run of these tests draws the same numbers. */
const seeded = (seed: number): (() => number) => {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
};

/** A log-normal factor around 1 (Box–Muller), the usual shape of how long machines take. */
const jitter = (random: () => number, sigma: number): number =>
  Math.exp(sigma * Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random()));

interface Truth {
  intercept: number;
  perGb: number;
  sigma: number;
  sizeDriven: boolean;
}

const draw = (random: () => number, truth: Truth): DurationSample => {
  const sizeGb = truth.sizeDriven ? 1 + Math.round(random() * 159) : undefined;
  const ms = (truth.intercept + truth.perGb * (sizeGb ?? 0)) * jitter(random, truth.sigma);
  return sizeGb === undefined ? { ms } : { sizeGb, ms };
};

/** Learns from `trained` runs, then the share of `tried` new runs that land inside the range shown for them, and the median error. */
const calibration = (truth: Truth, trained: number, seed: number, tried = 2_000): { inside: number; medianError: number } => {
  const random = seeded(seed);
  const model = createDurationModel(
    Array.from({ length: trained }, () => draw(random, truth)),
    truth.sizeDriven,
  );
  let inside = 0;
  const errors: number[] = [];
  for (let index = 0; index < tried; index += 1) {
    const next = draw(random, truth);
    const range = model.predict(next.sizeGb);
    if (!range) throw new Error('no prediction');
    if (next.ms >= range.lowMs && next.ms <= range.highMs) inside += 1;
    errors.push(Math.abs(range.ms - next.ms) / next.ms);
  }
  return { inside: inside / tried, medianError: median(errors) };
};

describe('calibration: new runs fall inside the range shown for them', () => {
  const snapshotLike = { intercept: 20_000, perGb: 30_000, sigma: 0.2, sizeDriven: true };
  const transferLike = { intercept: 0, perGb: 45_000, sigma: 0.15, sizeDriven: true };
  const rebootLike = { intercept: 25_000, perGb: 0, sigma: 0.25, sizeDriven: false };

  it.each([
    ['a fixed cost plus time per GB, 40 runs', snapshotLike, 40],
    ['a fixed cost plus time per GB, 12 runs', snapshotLike, 12],
    ['time per GB alone, 40 runs', transferLike, 40],
    ['not driven by size, 40 runs', rebootLike, 40],
    ['not driven by size, 10 runs', rebootLike, 10],
    ['a fixed cost plus time per GB, 5 runs', snapshotLike, 5],
    ['not driven by size, 5 runs', rebootLike, 5],
  ])('%s: at least 80%% inside', (_, truth, trained) => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const { inside, medianError } = calibration(truth, trained, seed);
      expect(inside).toBeGreaterThanOrEqual(0.8);
      // The centre follows the truth: its typical error is about the jitter's own (more with few runs).
      expect(medianError).toBeLessThan(truth.sigma * (trained < 10 ? 1.5 : 1));
    }
  });

  it('is not so wide that it says nothing: 40 runs with 20% jitter give a range well inside ×0.5–×2', () => {
    const random = seeded(9);
    const samples = Array.from({ length: 40 }, () => draw(random, snapshotLike));
    const range = predict(samples, true, 50) as NonNullable<ReturnType<typeof predict>>;
    expect(range.lowMs / range.ms).toBeGreaterThan(0.55);
    expect(range.highMs / range.ms).toBeLessThan(1.8);
  });
});

describe('fitLine', () => {
  it('finds the fixed cost and the time per GB of exact runs', () => {
    const line = fitLine([10, 20, 40].map((x) => ({ x, y: 5_000 + 1_000 * x })));
    expect(line.intercept).toBeCloseTo(5_000);
    expect(line.perGb).toBeCloseTo(1_000);
  });

  it('never lets time fall as size grows, nor a fixed cost be negative', () => {
    const falling = fitLine([{ x: 10, y: 30 }, { x: 20, y: 20 }, { x: 30, y: 10 }]);
    expect(falling.perGb).toBe(0);
    expect(falling.intercept).toBeGreaterThan(10);
    expect(falling.intercept).toBeLessThan(30);
    const throughOrigin = fitLine([{ x: 10, y: 1 }, { x: 20, y: 30 }, { x: 30, y: 60 }]);
    expect(throughOrigin.intercept).toBe(0);
    expect(throughOrigin.perGb).toBeGreaterThan(0);
  });
});

describe('predictor', () => {
  it('uses the median time per GB while the runs’ sizes are too alike for a line', () => {
    const samples = [
      { sizeGb: 10, ms: 10_000 },
      { sizeGb: 10, ms: 30_000 },
      { sizeGb: 11, ms: 22_000 },
    ];
    expect(predictor(samples, true)?.(20)).toBeCloseTo(40_000);
  });

  it('uses a line once three runs differ in size', () => {
    const samples = [10, 20, 40].map((sizeGb) => ({ sizeGb, ms: 5_000 + 1_000 * sizeGb }));
    expect(predictor(samples, true)?.(100)).toBeCloseTo(105_000);
  });

  it('uses the median time for kinds not driven by size, and has nothing without runs or without a size', () => {
    expect(predictor([{ ms: 1 }, { ms: 5 }, { ms: 9 }], false)?.()).toBe(5);
    expect(predictor([], false)).toBeUndefined();
    expect(predictor([{ ms: 5 }], true)).toBeUndefined();
    expect(predictor([{ sizeGb: 5, ms: 5 }], true)?.(undefined)).toBeUndefined();
  });
});

describe('ranges', () => {
  it('uses the wide default below three runs', () => {
    const one = predict([{ sizeGb: 10, ms: 60_000 }], true, 20);
    expect(one).toEqual({ ms: 120_000, lowMs: 120_000 * FEW_SAMPLES_RANGE.low, highMs: 120_000 * FEW_SAMPLES_RANGE.high, samples: 1 });
  });

  it('spans every residual while there are fewer than twenty runs, widened the more the fewer they are', () => {
    const three = rangeRatios([0.9, 1.1, 1]);
    expect(three.low).toBeCloseTo(0.9 * (1 - 0.1 - 0.5 / 3));
    expect(three.high).toBeCloseTo(1.1 * (1 + 0.1 + 0.5 / 3));
    const ten = rangeRatios([0.9, 1.1, ...Array.from({ length: 8 }, () => 1)]);
    expect(ten.low).toBeCloseTo(0.9 * (1 - 0.1 - 0.5 / 10));
  });

  it('drops the outer 5% at each end from twenty runs on', () => {
    const ratios = [0.5, ...Array.from({ length: 18 }, () => 1), 3];
    const { low, high } = rangeRatios(ratios);
    expect(low).toBeGreaterThan(0.5);
    expect(high).toBeLessThan(3);
  });

  it('always keeps the centre inside the range', () => {
    expect(rangeRatios([1.6, 1.7, 1.8])).toMatchObject({ low: 1 });
    expect(rangeRatios([0.5, 0.55, 0.6])).toMatchObject({ high: 1 });
  });

  it('judges each run by the others only', () => {
    expect(residualRatios([{ ms: 10 }, { ms: 10 }, { ms: 40 }], false)).toEqual([1 / 2.5, 1 / 2.5, 4]);
  });

  it('has no estimate for size-driven work without a size', () => {
    expect(predict([{ sizeGb: 10, ms: 60_000 }], true)).toBeUndefined();
    expect(predict([{ sizeGb: 10, ms: 60_000 }], true, 0)).toBeUndefined();
  });

  it('counts only the runs it could use', () => {
    expect(predict([{ ms: 5 }, { sizeGb: 2, ms: 10 }], true, 4)?.samples).toBe(1);
  });
});

describe('quantile', () => {
  it('interpolates between neighbours', () => {
    expect(quantile([0, 10], 0.25)).toBe(2.5);
    expect(quantile([1, 2, 3], 1)).toBe(3);
    expect(quantile([], 0.5)).toBeNaN();
  });
});
