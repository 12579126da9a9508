/**
 * DigitalOcean's rate limits (FACTS.md §7): per token, a sliding hour (each request counts for one hour
 * after it was made) and a burst limit per minute. `ratelimit-*` headers go on every response;
 * `retry-after` only on a burst 429.
 */
export interface RateLimits {
  readonly perHour: number;
  readonly perMinute: number;
}

export const DEFAULT_RATE_LIMITS: RateLimits = { perHour: 5000, perMinute: 250 };

export interface RateDecision {
  readonly allowed: boolean;
  readonly headers: Readonly<Record<string, string>>;
}

const HOUR_MS = 3_600_000;
const MINUTE_MS = 60_000;

/** Request times of one token, oldest first, inside the last hour. */
class Window {
  private times: number[] = [];
  private head = 0;

  prune(now: number): void {
    while (this.head < this.times.length && (this.times[this.head] as number) <= now - HOUR_MS) this.head += 1;
    // Compacting now and then keeps the array from growing without bound.
    if (this.head > 1024 && this.head * 2 > this.times.length) {
      this.times = this.times.slice(this.head);
      this.head = 0;
    }
  }

  get size(): number {
    return this.times.length - this.head;
  }

  oldest(): number | undefined {
    return this.times[this.head];
  }

  /** The oldest request of the last minute, when `count` or more were made in it. */
  minuteBurst(now: number, count: number): number | undefined {
    const index = this.times.length - count;
    if (index < this.head) return undefined;
    const time = this.times[index] as number;
    return time > now - MINUTE_MS ? time : undefined;
  }

  push(time: number): void {
    this.times.push(time);
  }
}

export interface RateLimiter {
  /** Counts one request for `key` and says whether it may proceed, with the headers to send either way. */
  take(key: string): RateDecision;
}

export const createRateLimiter = (limits: RateLimits, now: () => number): RateLimiter => {
  const windows = new Map<string, Window>();
  const seconds = (ms: number): number => Math.ceil(ms / 1000);

  return {
    take(key) {
      const time = now();
      let window = windows.get(key);
      if (!window) {
        window = new Window();
        windows.set(key, window);
      }
      window.prune(time);
      const base = { 'ratelimit-limit': String(limits.perHour) };
      if (window.size >= limits.perHour) {
        return {
          allowed: false,
          headers: { ...base, 'ratelimit-remaining': '0', 'ratelimit-reset': String(seconds((window.oldest() ?? time) + HOUR_MS)) },
        };
      }
      const burstStart = window.minuteBurst(time, limits.perMinute);
      if (burstStart !== undefined) {
        return {
          allowed: false,
          headers: {
            ...base,
            'ratelimit-remaining': '0',
            'ratelimit-reset': String(seconds((window.oldest() ?? time) + HOUR_MS)),
            'retry-after': String(Math.max(1, seconds(burstStart + MINUTE_MS - time))),
          },
        };
      }
      window.push(time);
      return {
        allowed: true,
        headers: {
          ...base,
          'ratelimit-remaining': String(limits.perHour - window.size),
          'ratelimit-reset': String(seconds((window.oldest() ?? time) + HOUR_MS)),
        },
      };
    },
  };
};
