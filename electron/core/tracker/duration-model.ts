/**
 * The arithmetic of estimates, pure so it can be checked on its own: a central duration from an
 * account's completed runs of one kind, and a range from how far such runs strayed from what the same
 * arithmetic would have predicted for them.
 */

/** One completed run: how long it took, and the GB that drove it for kinds driven by size. */
export interface DurationSample {
  sizeGb?: number;
  ms: number;
}

/** A central duration and the range the whole duration should fall in, with how many runs it rests on. */
export interface Prediction {
  ms: number;
  lowMs: number;
  highMs: number;
  samples: number;
}

/** A range as multiples of the central duration. */
export interface RangeRatios {
  low: number;
  high: number;
}

/** With fewer than three runs there is no spread to read: a wide range, said to be an estimate. */
export const FEW_SAMPLES_RANGE: RangeRatios = { low: 0.6, high: 1.6 };
/** A documented or typical figure says nothing of this account's spread: wider still. */
export const PRIOR_RANGE: RangeRatios = { low: 0.5, high: 2 };

/** Below this many runs there is no spread to read. */
export const MIN_SAMPLES_FOR_SPREAD = 3;
/**
 * From this many runs on, the range drops the outer 5% at each end rather than spanning the extremes
 * (which a handful of runs cover too rarely, and many runs too generously).
 */
const PERCENTILE_SAMPLES = 20;
const LOW_PERCENTILE = 0.05;
const HIGH_PERCENTILE = 0.95;
/**
 * How much the range is widened, on each side: runs not yet seen stray further than the ones that
 * were, and the more so the fewer runs there are to go by.
 */
const widening = (runs: number): number => 0.1 + 0.5 / runs;
/** Sizes must differ by at least this share of the largest before a line through them means anything. */
const MIN_SIZE_SPREAD = 0.2;

export const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
};

/** The `p`-th quantile (0–1) of sorted values, interpolated between neighbours. */
export const quantile = (sorted: readonly number[], p: number): number => {
  if (sorted.length === 0) return Number.NaN;
  const position = Math.min(Math.max(p, 0), 1) * (sorted.length - 1);
  const below = Math.floor(position);
  const above = Math.min(below + 1, sorted.length - 1);
  const lower = sorted[below] as number;
  return lower + ((sorted[above] as number) - lower) * (position - below);
};

/** duration = intercept + perGb × size, both never negative. */
export interface Line {
  intercept: number;
  perGb: number;
}

/**
 * Least squares through (size, ms), each run weighted by 1/ms², so the line fits relative errors: a
 * machine's time varies by a share of itself, and unweighted squares would let the largest runs decide
 * alone while the small ones end up far off. Clamped to a line that makes sense of work: time never
 * falls as size grows (a negative slope becomes the weighted mean), and there is no negative fixed cost
 * (a negative intercept becomes a line through the origin).
 */
export const fitLine = (points: readonly { x: number; y: number }[]): Line => {
  const weights = points.map((point) => 1 / Math.max(point.y, 1) ** 2);
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  const meanX = points.reduce((sum, point, index) => sum + (weights[index] as number) * point.x, 0) / total;
  const meanY = points.reduce((sum, point, index) => sum + (weights[index] as number) * point.y, 0) / total;
  let sxx = 0;
  let sxy = 0;
  points.forEach(({ x, y }, index) => {
    const weight = weights[index] as number;
    sxx += weight * (x - meanX) ** 2;
    sxy += weight * (x - meanX) * (y - meanY);
  });
  const slope = sxx > 0 ? sxy / sxx : 0;
  if (slope <= 0) return { intercept: meanY, perGb: 0 };
  const intercept = meanY - slope * meanX;
  if (intercept >= 0) return { intercept, perGb: slope };
  const xx = points.reduce((sum, point, index) => sum + (weights[index] as number) * point.x * point.x, 0);
  const xy = points.reduce((sum, point, index) => sum + (weights[index] as number) * point.x * point.y, 0);
  return { intercept: 0, perGb: xx > 0 ? xy / xx : 0 };
};

const sized = (samples: readonly DurationSample[]): { x: number; y: number }[] =>
  samples.flatMap((sample) => (sample.sizeGb !== undefined && sample.sizeGb > 0 ? [{ x: sample.sizeGb, y: sample.ms }] : []));

const spreadEnough = (points: readonly { x: number }[]): boolean => {
  const sizes = points.map((point) => point.x);
  const largest = Math.max(...sizes);
  return points.length >= MIN_SAMPLES_FOR_SPREAD && largest - Math.min(...sizes) >= MIN_SIZE_SPREAD * largest;
};

/**
 * What the samples predict for work of `size` GB: a line through them once there are three runs of
 * different sizes, else their median time per GB; for kinds not driven by size, their median time.
 * Undefined when there is nothing to go on.
 */
export const predictor = (samples: readonly DurationSample[], sizeDriven: boolean): ((sizeGb?: number) => number | undefined) | undefined => {
  if (!sizeDriven) {
    if (samples.length === 0) return undefined;
    const central = median(samples.map((sample) => sample.ms));
    return () => central;
  }
  const points = sized(samples);
  if (points.length === 0) return undefined;
  if (spreadEnough(points)) {
    const line = fitLine(points);
    return (size) => (size === undefined ? undefined : line.intercept + line.perGb * size);
  }
  const perGb = median(points.map((point) => point.y / point.x));
  return (size) => (size === undefined ? undefined : perGb * size);
};

/**
 * How far each run strayed from what the other runs would have predicted for it (actual over
 * predicted, each left out in turn so it cannot vouch for itself).
 */
export const residualRatios = (samples: readonly DurationSample[], sizeDriven: boolean): number[] => {
  const usable = sizeDriven ? samples.filter((sample) => sample.sizeGb !== undefined && sample.sizeGb > 0) : samples;
  return usable.flatMap((sample, index) => {
    const predicted = predictor(
      usable.filter((_, other) => other !== index),
      sizeDriven,
    )?.(sample.sizeGb);
    return predicted !== undefined && predicted > 0 ? [sample.ms / predicted] : [];
  });
};

/**
 * The range as multiples of the central duration: the spread of the runs' residuals (all of them
 * while there are few, the middle 90% from twenty on), widened a little and always around the centre.
 * Too few runs: the wide default.
 */
export const rangeRatios = (ratios: readonly number[]): RangeRatios => {
  if (ratios.length < MIN_SAMPLES_FOR_SPREAD) return FEW_SAMPLES_RANGE;
  const sorted = [...ratios].sort((a, b) => a - b);
  const many = sorted.length >= PERCENTILE_SAMPLES;
  const low = many ? quantile(sorted, LOW_PERCENTILE) : (sorted[0] as number);
  const high = many ? quantile(sorted, HIGH_PERCENTILE) : (sorted[sorted.length - 1] as number);
  const widen = widening(sorted.length);
  return { low: Math.min(low * (1 - widen), 1), high: Math.max(high * (1 + widen), 1) };
};

/** What an account's runs of one kind predict, worked out once for however many sizes are asked about. */
export interface DurationModel {
  /** The estimate for work of `sizeGb` (ignored for kinds not driven by size), or undefined. */
  predict(sizeGb?: number): Prediction | undefined;
}

export const createDurationModel = (samples: readonly DurationSample[], sizeDriven: boolean): DurationModel => {
  const central = predictor(samples, sizeDriven);
  const usable = sizeDriven ? sized(samples).length : samples.length;
  const { low, high } = rangeRatios(residualRatios(samples, sizeDriven));
  return {
    predict(sizeGb) {
      if (sizeDriven && (sizeGb === undefined || !(sizeGb > 0))) return undefined;
      const ms = central?.(sizeGb);
      if (ms === undefined || !(ms > 0)) return undefined;
      return { ms, lowMs: ms * low, highMs: ms * high, samples: usable };
    },
  };
};

/** The account's own estimate for work of `sizeGb` (ignored for kinds not driven by size), or undefined. */
export const predict = (samples: readonly DurationSample[], sizeDriven: boolean, sizeGb?: number): Prediction | undefined =>
  createDurationModel(samples, sizeDriven).predict(sizeGb);
