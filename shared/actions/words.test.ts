import { describe, expect, it } from 'vitest';
import { formatDuration } from './words';

describe('formatDuration', () => {
  it.each([
    [400, 'under a second'],
    [1000, '1 s'],
    [42_400, '42 s'],
    [59_600, '1 min'],
    [185_000, '3 min 5 s'],
    [240_000, '4 min'],
    [12 * 60_000 + 20_000, '12 min'],
    [59 * 60_000 + 40_000, '1 h'],
    [65 * 60_000, '1 h 5 min'],
    [3 * 3600_000 + 1000, '3 h'],
  ])('%i ms reads as %s', (ms, text) => {
    expect(formatDuration(ms)).toBe(text);
  });
});
