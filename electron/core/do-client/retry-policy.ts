/** Retries after the first attempt, for requests that may be retried at all. */
export const DEFAULT_MAX_RETRIES = 3;

const BASE_DELAY_MS = 250;
const MAX_DELAY_MS = 8_000;

/**
 * Only reads are retried. A POST, PUT, PATCH or DELETE that may have reached the server could have
 * acted (DigitalOcean has no idempotency key, FACTS.md §10), so a second one could act twice.
 */
export const mayRetry = (method: string): boolean => method === 'GET' || method === 'HEAD';

/** Answers worth asking again: the server's own failures. 429 is handled apart, by waiting for the budget. */
export const isRetryableStatus = (status: number): boolean => status >= 500 && status <= 599;

/**
 * Exponential backoff with full jitter (a random delay up to the exponential bound), so clients that
 * failed together do not all come back together. `retry` counts from 1.
 */
export const backoffMs = (retry: number, random: () => number): number =>
  Math.floor(random() * Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** (retry - 1)));
