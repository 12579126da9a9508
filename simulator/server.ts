import { randomUUID } from 'node:crypto';
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import type { Caller } from './auth';
import { readJsonBody } from './body';
import { ApiError, errorForStatus, forbidden, methodNotAllowed, notFound, serverError, tooManyRequests, unauthorized } from './errors';
import type { Faults, InjectedFailure } from './faults';
import type { RateLimiter } from './rate-limit';
import { createRouter, type Reply, type Route } from './router';

/** One request and its answer, for observers such as the conformance test. */
export interface Exchange {
  readonly method: string;
  /** The matched route's template, when a route matched. */
  readonly route: string | undefined;
  readonly pathname: string;
  /** The query string, `?` included (`''` without one). */
  readonly search: string;
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: unknown;
}

export interface PipelineOptions {
  readonly routes: readonly Route[];
  readonly authenticate: (authorization: string | undefined) => Caller | undefined;
  readonly rateLimiter: RateLimiter;
  readonly faults: Faults;
  readonly observe?: (exchange: Exchange) => void;
}

const WRITES: ReadonlySet<string> = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Links are built from the Host the client used; anything odd in it falls back to the socket's address. */
const baseUrlOf = (request: IncomingMessage): string => {
  const host = request.headers.host;
  if (host && /^[a-zA-Z0-9.\-:[\]]{1,255}$/.test(host)) return `http://${host}`;
  const address = request.socket.localAddress ?? '127.0.0.1';
  return `http://${address.includes(':') ? `[${address}]` : address}:${request.socket.localPort ?? 80}`;
};

const errorBody = (error: ApiError, requestId: string) => ({ id: error.id, message: error.message, request_id: requestId, ...error.extra });

/** The request target as a URL; a target that is not a path (or not parseable) reads as one that matches nothing. */
const parseTarget = (target: string | undefined): URL => {
  try {
    return new URL(target?.startsWith('/') ? `http://simulator.invalid${target}` : (target ?? '/'), 'http://simulator.invalid');
  } catch {
    return new URL('http://simulator.invalid/invalid-request-target');
  }
};

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The request pipeline: request id, faults, body, authentication, rate limit, routing, the handler,
 * and a DigitalOcean-style JSON error for anything that goes wrong. Never throws.
 */
export const createPipeline = (options: PipelineOptions): RequestListener => {
  const router = createRouter(options.routes);

  const handle = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const requestId = randomUUID();
    const method = (request.method ?? 'GET').toUpperCase();
    const url = parseTarget(request.url);
    const pathname = url.pathname.length > 1 ? url.pathname.replace(/\/+$/, '') : url.pathname;
    let headers: Record<string, string> = { 'x-request-id': requestId };
    // Set once routing succeeds; `send` reports it to observers.
    const matched: { route?: string } = {};

    const send = (status: number, body: unknown, extra: Readonly<Record<string, string>> = {}): void => {
      headers = { ...headers, ...extra, 'content-type': 'application/json; charset=utf-8' };
      const text = status === 204 || body === undefined ? '' : JSON.stringify(body);
      if (!response.headersSent) {
        response.writeHead(status, { ...headers, 'content-length': String(Buffer.byteLength(text)) });
        response.end(method === 'HEAD' ? undefined : text);
      }
      options.observe?.({ method, route: matched.route, pathname, search: url.search, status, headers, body: text === '' ? undefined : body });
    };
    const fail = (error: ApiError): void => send(error.status, errorBody(error, requestId), error.headers);

    if (options.faults.shouldReset()) {
      request.socket.resetAndDestroy();
      return;
    }
    const delay = options.faults.latency();
    if (delay > 0) await sleep(delay);

    const parsed = await readJsonBody(request);
    if (!parsed.ok && parsed.closeConnection) response.setHeader('connection', 'close');

    const caller = options.authenticate(request.headers.authorization);
    const limit = options.rateLimiter.take(caller?.token ?? 'anonymous');
    headers = { ...headers, ...limit.headers };
    if (!caller) return fail(unauthorized());
    if (!limit.allowed) return fail(tooManyRequests());

    const resolution = router.resolve(method, pathname);
    if (resolution.kind === 'not-found') return fail(notFound());
    if (resolution.kind === 'wrong-method') return fail(methodNotAllowed(resolution.allowed));
    const route = resolution.route;
    matched.route = route.path;
    if (!parsed.ok) return fail(parsed.error);
    if (caller.readOnly && WRITES.has(method)) return fail(forbidden());

    const hold = options.faults.holdFor(method === 'HEAD' ? 'GET' : method, route.path, pathname, url.searchParams);
    if (hold) await hold;

    const injected = options.faults.requestFailure(method === 'HEAD' ? 'GET' : method, route.path, pathname);
    // An injected reset gives no answer at all; after the effect, the server acted although the client cannot know.
    const failInjected = (failure: InjectedFailure): void => {
      if (failure.reset) request.socket.resetAndDestroy();
      else fail(errorForStatus(failure.status, failure));
    };
    if (injected && !injected.afterEffect) return failInjected(injected);

    let reply: Reply;
    try {
      reply = route.handle({
        pathname,
        params: resolution.params,
        query: url.searchParams,
        body: parsed.body,
        headers: request.headers,
        baseUrl: baseUrlOf(request),
      });
    } catch (error) {
      if (error instanceof ApiError) return fail(error);
      console.error('[simulator] handler failed', error);
      return fail(serverError());
    }
    if (injected) return failInjected(injected);
    send(reply.status, reply.body, reply.headers);
  };

  return (request, response) => {
    request.on('error', () => undefined);
    response.on('error', () => undefined);
    handle(request, response).catch((error: unknown) => {
      console.error('[simulator] request failed', error);
      if (!response.headersSent) {
        response.writeHead(500, { 'content-type': 'application/json; charset=utf-8' });
        response.end(JSON.stringify({ id: 'server_error', message: 'Unexpected server-side error' }));
      }
    });
  };
};
