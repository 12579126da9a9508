import { expect, test } from 'vitest';
import { backoffMs, isRetryableStatus, mayRetry } from './retry-policy';

test('only reads may be retried, and only on server failures', () => {
  expect(['GET', 'HEAD'].map(mayRetry)).toEqual([true, true]);
  expect(['POST', 'PUT', 'PATCH', 'DELETE'].map(mayRetry)).toEqual([false, false, false, false]);
  expect([500, 502, 503, 504].every(isRetryableStatus)).toBe(true);
  expect([400, 404, 409, 422, 429].some(isRetryableStatus)).toBe(false);
});

test('backoff grows exponentially to a cap, with full jitter below it', () => {
  expect([1, 2, 3, 4].map((retry) => backoffMs(retry, () => 0.999_999))).toEqual([249, 499, 999, 1999]);
  expect(backoffMs(20, () => 0.999_999)).toBe(7999);
  expect(backoffMs(3, () => 0)).toBe(0);
});
