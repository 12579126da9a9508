import { describe, expect, it } from 'vitest';
import { createFeedPositions, probeRow, windowEnd, windowFor, windowStart } from './feed-positions';

describe('feed positions', () => {
  it('follows a seen action down the feed as newer ones arrive on top', () => {
    const positions = createFeedPositions();
    expect(positions.range('a')).toEqual({ from: 0, to: Infinity });
    expect(positions.has('a')).toBe(false);
    positions.seen('a', 12);
    expect(positions.has('a')).toBe(true);
    positions.arrived(30, true);
    expect(positions.range('a')).toEqual({ from: 42, to: 43 });
    expect(probeRow(positions.range('a'))).toBe(42);
  });

  it('keeps only a lower bound when more arrived than page 1 showed, and narrows it by where it was missed', () => {
    const positions = createFeedPositions();
    positions.seen('a', 5);
    positions.arrived(50, false);
    expect(positions.range('a')).toEqual({ from: 55, to: Infinity });
    positions.below('a', 100);
    expect(positions.range('a')).toEqual({ from: 100, to: Infinity });
    positions.above('a', 300);
    expect(positions.range('a')).toEqual({ from: 100, to: 300 });
    expect(probeRow(positions.range('a'))).toBe(199);
    // Missed above where it was known to be: what was known was wrong, start again from the top.
    positions.above('a', 50);
    expect(positions.range('a')).toEqual({ from: 0, to: Infinity });
  });

  it('forgets a known row once it is missed below it', () => {
    const positions = createFeedPositions();
    positions.seen('a', 40);
    positions.below('a', 200);
    expect(positions.range('a')).toEqual({ from: 200, to: Infinity });
  });

  it('forgets actions no longer tracked', () => {
    const positions = createFeedPositions();
    positions.seen('a', 1);
    positions.seen('b', 2);
    positions.keep(new Set(['b']));
    expect(positions.range('a')).toEqual({ from: 0, to: Infinity });
    expect(positions.range('b')).toEqual({ from: 2, to: 3 });
  });

  it('reads a row near the top on a page as long as page 1, deeper ones on pages of 200', () => {
    expect(windowFor(30, 21, 200)).toEqual({ page: 2, perPage: 21 });
    expect(windowFor(199, 120, 200)).toEqual({ page: 2, perPage: 120 });
    const deep = windowFor(1234, 200, 200);
    expect(deep).toEqual({ page: 7, perPage: 200 });
    expect(windowStart(deep)).toBeLessThanOrEqual(1234);
    expect(windowEnd(deep)).toBeGreaterThan(1234);
  });
});
