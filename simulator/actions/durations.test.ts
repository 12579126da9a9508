import { describe, expect, test } from 'vitest';
import { createPrng } from '../prng';
import { durationModels, modelSeconds, VARIANCE, varied } from './durations';

describe('duration models', () => {
  test('a snapshot is driven by the data it copies, not the disk: 2.6 GB takes minutes, not hours', () => {
    expect(modelSeconds('snapshot', 2.6)).toBe(30 + 2.6 * 120);
    expect(modelSeconds('snapshot', 2.6)).toBeLessThan(10 * 60);
    expect(modelSeconds('snapshot', 0.1)).toBe(60);
  });

  test('size-driven kinds grow with their size; fixed kinds ignore it', () => {
    for (const kind of ['resize_disk', 'rebuild', 'restore', 'transfer', 'convert', 'image_import'] as const) {
      expect(modelSeconds(kind, 10)).toBeGreaterThan(modelSeconds(kind, 1));
      expect(durationModels[kind].per).toMatch(/^GB of /);
    }
    expect(modelSeconds('resize', 160)).toBe(modelSeconds('resize'));
    expect(modelSeconds('resize_disk', 160)).toBeGreaterThan(modelSeconds('resize'));
  });

  test('variance is multiplicative, bounded and seeded', () => {
    const prng = createPrng('variance');
    const factors = Array.from({ length: 2_000 }, () => varied(100, prng) / 100);
    expect(Math.min(...factors)).toBeGreaterThanOrEqual(1 - VARIANCE);
    expect(Math.max(...factors)).toBeLessThanOrEqual(1 + VARIANCE);
    // It spreads over most of its range.
    expect(Math.max(...factors) - Math.min(...factors)).toBeGreaterThan(VARIANCE * 1.8);
    const again = createPrng('variance');
    expect(varied(100, again)).toBe(factors[0] as number * 100);
  });
});
