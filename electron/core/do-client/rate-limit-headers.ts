/** What one response says about the token's budget (FACTS.md §7). */
export interface RateLimitInfo {
  /** Requests allowed per hour. */
  limit: number;
  /** Requests left in the sliding hour after this one. */
  remaining: number;
  /** When the oldest counted request expires, in epoch milliseconds: budget comes back then. */
  resetAtMs: number;
}

const integer = (headers: Headers, name: string): number | undefined => {
  const raw = headers.get(name)?.trim();
  if (raw === undefined || !/^\d{1,12}$/.test(raw)) return undefined;
  return Number(raw);
};

/** The `ratelimit-*` headers, when all three are present and readable. */
export const readRateLimit = (headers: Headers): RateLimitInfo | undefined => {
  const limit = integer(headers, 'ratelimit-limit');
  const remaining = integer(headers, 'ratelimit-remaining');
  const reset = integer(headers, 'ratelimit-reset');
  if (limit === undefined || remaining === undefined || reset === undefined) return undefined;
  return { limit, remaining, resetAtMs: reset * 1000 };
};

/** `retry-after` in milliseconds: seconds, or an HTTP date as the HTTP spec also allows. */
export const readRetryAfterMs = (headers: Headers, now: number): number | undefined => {
  const raw = headers.get('retry-after')?.trim();
  if (!raw) return undefined;
  if (/^\d{1,9}$/.test(raw)) return Number(raw) * 1000;
  const date = Date.parse(raw);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
};
