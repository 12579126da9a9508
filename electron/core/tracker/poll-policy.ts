/**
 * How often the tracker asks DigitalOcean, per piece of work; one request serves all of them, so the
 * tick is the shortest wait any of them wants. Fast just after work starts (most actions take
 * seconds), slower for work expected to take minutes, never when nothing is in flight.
 */

const SECOND = 1000;

/** Work younger than this is polled fast: power actions, renames and most creates end within it. */
export const FAST_WINDOW_MS = 10 * SECOND;
export const FAST_POLL_MS = 2 * SECOND;
/** Expected to take up to a minute. */
export const SHORT_POLL_MS = 3 * SECOND;
/** Expected to take up to ten minutes, or no estimate yet and younger than two minutes. */
export const MEDIUM_POLL_MS = 5 * SECOND;
/** Long-running work: snapshots, transfers, imports, and anything without an estimate after two minutes. */
export const LONG_POLL_MS = 10 * SECOND;
/** The longest wait after repeated failures. */
export const MAX_BACKOFF_MS = 60 * SECOND;

/** The wait one piece of work wants before its status is asked again. */
export const pollDelayMs = (ageMs: number, expectedMs: number | undefined): number => {
  if (ageMs < FAST_WINDOW_MS) return FAST_POLL_MS;
  if (expectedMs === undefined) return ageMs < 2 * 60 * SECOND ? MEDIUM_POLL_MS : LONG_POLL_MS;
  if (expectedMs <= 60 * SECOND) return SHORT_POLL_MS;
  if (expectedMs <= 10 * 60 * SECOND) return MEDIUM_POLL_MS;
  return LONG_POLL_MS;
};

/** After `failures` failed ticks in a row: double each time up to a minute, and never sooner than the API asked. */
export const backoffDelayMs = (baseMs: number, failures: number, retryAfterMs = 0): number =>
  Math.max(failures > 0 ? Math.min(baseMs * 2 ** failures, MAX_BACKOFF_MS) : baseMs, retryAfterMs);
