import { z } from 'zod';
import type { ErrorKind } from '../../../shared/result';
import { AppError } from '../errors';
import { redact } from '../redact';

/** Where to reach the API and as whom. */
export interface ApiCredentials {
  baseUrl: string;
  token: string;
}

/** What the accounts service learns about the account a token belongs to. */
export interface AccountFacts {
  email: string;
  team?: string;
  dropletLimit: number;
  status: string;
  uuid: string;
}

/** Asks DigitalOcean who a token belongs to; failures are `AppError`s with the API's own message. */
export type FetchAccount = (credentials: ApiCredentials) => Promise<AccountFacts>;

/** `fetch` as Node and Electron's `net.fetch` both provide it. */
export type Fetch = (url: string, init: RequestInit) => Promise<Response>;

const accountBody = z.object({
  account: z.object({
    email: z.string(),
    uuid: z.string(),
    droplet_limit: z.number(),
    status: z.string(),
    team: z.object({ name: z.string() }).nullish(),
  }),
});

const errorBody = z.object({ message: z.string().min(1), request_id: z.string().optional() });

const kindOf = (status: number): ErrorKind => {
  if (status === 401) return 'unauthorized';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not_found';
  if (status === 429) return 'rate_limited';
  if (status === 409) return 'conflict';
  if (status === 400 || status === 422) return 'validation';
  return 'server';
};

const retryAfterMs = (response: Response): { retryAfterMs?: number } => {
  const seconds = Number(response.headers.get('retry-after') ?? Number.NaN);
  return Number.isFinite(seconds) && seconds >= 0 ? { retryAfterMs: seconds * 1000 } : {};
};

const defaultTimeoutMs = 15_000;

/**
 * `GET {baseUrl}/v2/account` with the given fetch. Until the DigitalOcean client lands this is the
 * one request the main side makes for accounts; its getAccount will take this function's place.
 */
export const createFetchAccount =
  (fetchImpl: Fetch, timeoutMs = defaultTimeoutMs): FetchAccount =>
  async ({ baseUrl, token }) => {
    let response: Response;
    try {
      response = await fetchImpl(`${baseUrl}/v2/account`, {
        headers: { Authorization: `Bearer ${token}`, Accept: 'application/json' },
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (error) {
      if (error instanceof Error && error.name === 'TimeoutError') {
        throw AppError.of('timeout', `The DigitalOcean API at ${baseUrl} did not answer within ${timeoutMs / 1000} seconds.`);
      }
      throw AppError.of('network', `Could not reach the DigitalOcean API at ${baseUrl}. Check the connection and try again.`);
    }
    const body: unknown = await response.json().catch(() => undefined);
    const failure = errorBody.safeParse(body);
    const requestId = (failure.success ? failure.data.request_id : undefined) ?? response.headers.get('x-request-id') ?? undefined;
    const where = { status: response.status, ...(requestId ? { requestId } : {}) };
    if (!response.ok) {
      // The message is DigitalOcean's own ("Unable to authenticate you."); redacted in case a proxy echoes a header.
      const message = failure.success ? redact(failure.data.message) : `DigitalOcean answered ${response.status} when asked about the account.`;
      throw AppError.of(kindOf(response.status), message, { ...where, ...retryAfterMs(response) });
    }
    const parsed = accountBody.safeParse(body);
    if (!parsed.success) {
      throw AppError.of('server', 'DigitalOcean answered GET /v2/account with something that is not an account.', where);
    }
    const { account } = parsed.data;
    return {
      email: account.email,
      uuid: account.uuid,
      dropletLimit: account.droplet_limit,
      status: account.status,
      ...(account.team?.name ? { team: account.team.name } : {}),
    };
  };
