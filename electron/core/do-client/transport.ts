import { AppError } from '../errors';
import type { Logger } from '../log';
import { httpError, networkError, timeoutError, unreadableError } from './api-error';
import type { CallOptions, Sleep } from './call-options';
import { effectivePriority } from './priority-scope';
import type { RateGovernor, RatePermit } from './rate-governor';
import { readRateLimit, readRetryAfterMs } from './rate-limit-headers';
import { backoffMs, isRetryableStatus, mayRetry } from './retry-policy';

/** The methods the API operations in use need. */
export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';

/** A query value; `undefined` leaves the parameter out. */
export type QueryValue = string | number | boolean | undefined;

/** One API request, before the base URL, token and policy are added. */
export interface HttpRequest {
  method: HttpMethod;
  /** From `/v2`, with path parameters already encoded. */
  path: string;
  query?: Readonly<Record<string, QueryValue>>;
  /** Sent as JSON. */
  body?: unknown;
  headers?: Readonly<Record<string, string>>;
}

/** Sends API requests with the timeout, retry and rate-limit policy applied. */
export interface Transport {
  /** Resolves with the parsed JSON answer (`undefined` for an empty one, such as a 204), or throws an AppError. */
  send<T>(request: HttpRequest, call?: CallOptions): Promise<T>;
}

/** Everything a transport needs, defaults already applied (see `DoClientOptions`). */
export interface TransportOptions {
  baseUrl: string;
  token: () => string | Promise<string>;
  fetch: typeof fetch;
  log: Logger;
  timeoutMs: number;
  maxRetries: number;
  governor: RateGovernor;
  onRateLimited?: (retryInMs: number) => void;
  onReachable?: (reachable: boolean) => void;
  random: () => number;
  sleep: Sleep;
  now: () => number;
}

type Attempt =
  | { type: 'answer'; status: number; headers: Headers; text: string }
  | { type: 'failure'; error: AppError; label: string };

/** When a burst 429 carries neither `retry-after` nor a usable reset, a minute is the burst window. */
const DEFAULT_RATE_WAIT_MS = 60_000;
const MAX_RATE_WAIT_MS = 3_600_000;

const withQuery = ({ path, query }: HttpRequest): string => {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) if (value !== undefined) params.append(key, String(value));
  const search = params.toString();
  return search === '' ? path : `${path}?${search}`;
};

/** The one place HTTP happens: token, timeout, retries, rate-limit waits, error mapping and logging. */
export const createTransport = (options: TransportOptions): Transport => {
  const { governor, log, now } = options;

  /** How long the API asks us to hold off after a 429: `retry-after`, else until the window resets. */
  const rateLimitWait = (headers: Headers): number => {
    const time = now();
    const resetAtMs = readRateLimit(headers)?.resetAtMs;
    const wait = readRetryAfterMs(headers, time) ?? (resetAtMs === undefined ? DEFAULT_RATE_WAIT_MS : resetAtMs - time);
    return Math.min(MAX_RATE_WAIT_MS, Math.max(1_000, wait));
  };

  /** One HTTP exchange. Throws only when the caller aborted or the token could not be read. */
  const exchange = async (request: HttpRequest, target: string, callerSignal: AbortSignal | undefined): Promise<Attempt> => {
    // Read for every attempt, never kept: the vault stays the only holder of the token.
    const token = await options.token();
    const timeout = AbortSignal.timeout(options.timeoutMs);
    const signal = callerSignal ? AbortSignal.any([callerSignal, timeout]) : timeout;
    const hasBody = request.body !== undefined;
    try {
      const response = await options.fetch(`${options.baseUrl}${target}`, {
        method: request.method,
        headers: {
          authorization: `Bearer ${token}`,
          accept: 'application/json',
          ...(hasBody ? { 'content-type': 'application/json' } : {}),
          ...request.headers,
        },
        ...(hasBody ? { body: JSON.stringify(request.body) } : {}),
        signal,
        // A redirect could carry the Authorization header to another host; the API never redirects.
        redirect: 'error',
      });
      return { type: 'answer', status: response.status, headers: response.headers, text: await response.text() };
    } catch (error) {
      if (callerSignal?.aborted) throw callerSignal.reason;
      if (timeout.aborted) return { type: 'failure', error: timeoutError(options.timeoutMs, new URL(options.baseUrl).origin), label: 'timed out' };
      return { type: 'failure', error: networkError(error, new URL(options.baseUrl).origin), label: 'no answer' };
    }
  };

  const parse = <T>(text: string, requestId: string | undefined): T => {
    if (text === '') return undefined as T;
    try {
      return JSON.parse(text) as T;
    } catch {
      throw unreadableError('not JSON', requestId);
    }
  };

  return {
    async send<T>(request: HttpRequest, call: CallOptions = {}): Promise<T> {
      const target = withQuery(request);
      const retriable = mayRetry(request.method);
      // The last 429, if any: when the governor will not wait that long, it is the clearer error to give.
      let limited: AppError | undefined;
      for (let retry = 0; ; retry += 1) {
        let permit: RatePermit;
        try {
          permit = await governor.acquire(effectivePriority(call.priority), call.signal);
        } catch (error) {
          throw limited && error instanceof AppError ? limited : error;
        }
        const started = performance.now();
        const line = (outcome: string, requestId?: string): void =>
          log.debug(
            `${request.method} ${target} ${outcome} ${Math.round(performance.now() - started)} ms` +
              `${requestId ? ` request_id=${requestId}` : ''}${retry > 0 ? ` (retry ${retry})` : ''}`,
          );
        let attempt: Attempt;
        try {
          attempt = await exchange(request, target, call.signal);
        } catch (error) {
          permit.settle();
          if (call.signal?.aborted) line('aborted');
          throw error;
        }
        const canRetry = retriable && retry < options.maxRetries;

        if (attempt.type === 'failure') {
          permit.settle();
          line(attempt.label);
          options.onReachable?.(false);
          if (!canRetry) throw attempt.error;
          await options.sleep(backoffMs(retry + 1, options.random), call.signal);
          continue;
        }

        const { status, headers, text } = attempt;
        options.onReachable?.(true);
        const requestId = headers.get('x-request-id') ?? undefined;
        line(String(status), requestId);
        if (status === 429) {
          const waitMs = rateLimitWait(headers);
          // A burst 429 reports 0 remaining although the hourly budget is not spent (FACTS.md §7):
          // the pause covers it, and its figure must not hold user requests until the hourly reset.
          permit.settle(headers.has('retry-after') ? undefined : readRateLimit(headers));
          governor.pause(now() + waitMs);
          options.onRateLimited?.(waitMs);
          limited = httpError(status, headers, text, waitMs);
          // The retry waits in the governor, together with every other request of this token.
          if (canRetry) continue;
          throw limited;
        }
        permit.settle(readRateLimit(headers));
        if (status >= 200 && status < 300) return parse<T>(text, requestId);
        if (canRetry && isRetryableStatus(status)) {
          await options.sleep(backoffMs(retry + 1, options.random), call.signal);
          continue;
        }
        throw httpError(status, headers, text);
      }
    },
  };
};
