/** Summary figures for a set of timings, in milliseconds. */
export interface Timings {
  count: number;
  median: number;
  p95: number;
  min: number;
  max: number;
}

const quantile = (sorted: readonly number[], q: number): number => {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[index] ?? Number.NaN;
};

export const summarize = (samples: readonly number[]): Timings => {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    count: sorted.length,
    median: quantile(sorted, 0.5),
    p95: quantile(sorted, 0.95),
    min: sorted[0] ?? Number.NaN,
    max: sorted.at(-1) ?? Number.NaN,
  };
};

export const ms = (value: number): string => `${value.toFixed(1)} ms`;
