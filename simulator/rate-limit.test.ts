import { expect, test } from 'vitest';
import { createRateLimiter } from './rate-limit';

const limiter = (perHour: number, perMinute: number) => {
  let now = Date.UTC(2025, 0, 1);
  const limits = createRateLimiter({ perHour, perMinute }, () => now);
  return { limits, tick: (seconds: number) => (now += seconds * 1000), now: () => now };
};

test('counts down the hourly budget and says when the oldest request expires', () => {
  const { limits, now } = limiter(10, 5);
  const first = limits.take('a');
  expect(first.allowed).toBe(true);
  expect(first.headers).toEqual({
    'ratelimit-limit': '10',
    'ratelimit-remaining': '9',
    'ratelimit-reset': String(Math.ceil((now() + 3_600_000) / 1000)),
  });
  expect(limits.take('a').headers['ratelimit-remaining']).toBe('8');
});

test('the burst limit answers 429 with retry-after until the minute has passed', () => {
  const { limits, tick } = limiter(100, 3);
  for (let i = 0; i < 3; i += 1) expect(limits.take('a').allowed).toBe(true);
  tick(20);
  const refused = limits.take('a');
  expect(refused.allowed).toBe(false);
  expect(refused.headers['ratelimit-remaining']).toBe('0');
  expect(refused.headers['retry-after']).toBe('40');
  tick(40);
  expect(limits.take('a').allowed).toBe(true);
});

test('the hourly limit is a sliding window, without retry-after', () => {
  const { limits, tick } = limiter(4, 100);
  for (let i = 0; i < 4; i += 1) {
    expect(limits.take('a').allowed).toBe(true);
    tick(600);
  }
  const refused = limits.take('a');
  expect(refused.allowed).toBe(false);
  expect(refused.headers['retry-after']).toBeUndefined();
  // The first request expires an hour after it was made; only then is there room again.
  tick(1200);
  expect(limits.take('a').allowed).toBe(true);
  expect(limits.take('a').allowed).toBe(false);
});

test('each token has its own budget', () => {
  const { limits } = limiter(1, 1);
  expect(limits.take('a').allowed).toBe(true);
  expect(limits.take('a').allowed).toBe(false);
  expect(limits.take('b').allowed).toBe(true);
});
