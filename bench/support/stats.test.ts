import { describe, expect, it } from 'vitest';
import { summarize } from './stats';

describe('summarize', () => {
  it('gives the nearest-rank median and 95th percentile', () => {
    const samples = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(summarize(samples)).toEqual({ count: 100, median: 50, p95: 95, min: 1, max: 100 });
  });

  it('handles one sample and none', () => {
    expect(summarize([7])).toMatchObject({ median: 7, p95: 7 });
    expect(summarize([]).median).toBeNaN();
  });
});
