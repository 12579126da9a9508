import { describe, expect, it } from 'vitest';
import { backoffDelayMs, MAX_BACKOFF_MS, pollDelayMs } from './poll-policy';

describe('poll policy', () => {
  it('polls fast just after work starts, whatever it is', () => {
    expect(pollDelayMs(0, 3_600_000)).toBe(2000);
    expect(pollDelayMs(9_999, undefined)).toBe(2000);
  });

  it('polls less often the longer the work is expected to take', () => {
    expect(pollDelayMs(20_000, 30_000)).toBe(3000);
    expect(pollDelayMs(20_000, 5 * 60_000)).toBe(5000);
    expect(pollDelayMs(20_000, 50 * 60_000)).toBe(10_000);
  });

  it('slows down for work without an estimate once it has run a while', () => {
    expect(pollDelayMs(60_000, undefined)).toBe(5000);
    expect(pollDelayMs(3 * 60_000, undefined)).toBe(10_000);
  });

  it('backs off by doubling up to a minute, and waits at least as long as the API asked', () => {
    expect(backoffDelayMs(3000, 0)).toBe(3000);
    expect(backoffDelayMs(3000, 2)).toBe(12_000);
    expect(backoffDelayMs(3000, 10)).toBe(MAX_BACKOFF_MS);
    expect(backoffDelayMs(3000, 1, 29_000)).toBe(29_000);
    expect(backoffDelayMs(3000, 0, 29_000)).toBe(29_000);
  });
});
