import type { ErrorKind } from '../../../shared/result';
import { AppError } from '../errors';
import { redact } from '../redact';

/** A DigitalOcean error body, read loosely: tags answer 400 as `{error, messages, root_causes}` (FACTS.md §4). */
interface ErrorBody {
  id?: unknown;
  message?: unknown;
  request_id?: unknown;
  error?: unknown;
  root_causes?: unknown;
}

const text = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() !== '' ? value : undefined);

/**
 * A 422 is a validation failure, except when DigitalOcean refuses because the Droplet is busy: an
 * unfinished action locks it (FACTS.md §10), or it is still being created. That is a conflict the user
 * resolves by waiting, not by changing the request, so the UI must tell it apart. The API gives no
 * distinct id for it (both are `unprocessable_entity`), so the message is all there is to go on.
 */
const BUSY_PATTERN = /\block(ed)?\b|pending event|in progress|still being created/i;

const kindOf = (status: number, message: string): ErrorKind => {
  if (status === 401) return 'unauthorized';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not_found';
  if (status === 409) return 'conflict';
  if (status === 429) return 'rate_limited';
  if (status === 422 && BUSY_PATTERN.test(message)) return 'conflict';
  if (status >= 500) return 'server';
  return 'validation';
};

const messageOf = (body: ErrorBody | undefined, status: number): string => {
  const causes = Array.isArray(body?.root_causes) ? body.root_causes.filter((cause) => typeof cause === 'string') : [];
  return text(body?.message) ?? text(body?.error) ?? text(causes.join('; ')) ?? `DigitalOcean answered with status ${status}.`;
};

/** Parses an error response's text as DigitalOcean's error JSON; anything else (a proxy's HTML page) reads as none. */
const parseErrorBody = (raw: string): ErrorBody | undefined => {
  try {
    const parsed: unknown = JSON.parse(raw);
    return typeof parsed === 'object' && parsed !== null ? (parsed as ErrorBody) : undefined;
  } catch {
    return undefined;
  }
};

/** The request id DigitalOcean gives for support tickets: in the body, else in `x-request-id`. */
const requestIdOf = (body: ErrorBody | undefined, headers: Headers): string | undefined =>
  text(body?.request_id) ?? headers.get('x-request-id') ?? undefined;

/** An HTTP error answer as an AppError, with DigitalOcean's own message, status and request id. */
export const httpError = (status: number, headers: Headers, raw: string, retryAfterMs?: number): AppError => {
  const body = parseErrorBody(raw);
  // An error message is shown and logged: make sure no secret the server echoed can ride along.
  const message = redact(messageOf(body, status));
  const requestId = requestIdOf(body, headers);
  return AppError.of(kindOf(status, message), message, {
    status,
    ...(requestId ? { requestId } : {}),
    ...(status === 429 && retryAfterMs !== undefined ? { retryAfterMs } : {}),
  });
};

/** The code Node gives a failed connection (`ECONNRESET`, `ECONNREFUSED`…), found on the error or its cause. */
const codeOf = (error: unknown): string | undefined => {
  for (let current: unknown = error, depth = 0; current instanceof Error && depth < 4; current = current.cause, depth += 1) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string') return code;
  }
  return undefined;
};

/** A request that got no answer: the connection failed or was cut. `origin` says where, for proxies and the simulator. */
export const networkError = (error: unknown, origin: string): AppError => {
  const code = codeOf(error);
  return AppError.of('network', `Could not reach DigitalOcean at ${origin}${code ? ` (${code})` : ''}. Check the connection and try again.`);
};

/** A request that got no answer in time. */
export const timeoutError = (timeoutMs: number, origin: string): AppError =>
  AppError.of(
    'timeout',
    `DigitalOcean at ${origin} did not answer within ${timeoutMs >= 1000 ? `${Math.round(timeoutMs / 1000)} s` : `${timeoutMs} ms`}.`,
  );

/** A success answer the client cannot read. */
export const unreadableError = (what: string, requestId: string | undefined): AppError =>
  AppError.of('server', `DigitalOcean sent an answer the panel cannot read (${what}).`, requestId ? { requestId } : {});
