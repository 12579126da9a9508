import type { IncomingHttpHeaders } from 'node:http';

export type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

/** What a handler sees: the request already authenticated, rate-limited and parsed. */
export interface RouteRequest {
  /** The path as requested, for links back to it. */
  readonly pathname: string;
  readonly params: Readonly<Record<string, string>>;
  readonly query: URLSearchParams;
  /** The parsed JSON body, or undefined when the request had none. */
  readonly body: unknown;
  readonly headers: IncomingHttpHeaders;
  /** `http://host:port` as the client addressed us: links are built from it. */
  readonly baseUrl: string;
}

export interface Reply {
  readonly status: number;
  readonly body?: unknown;
  readonly headers?: Readonly<Record<string, string>>;
}

export interface Route {
  readonly method: Method;
  /** The template, spelled as in the spec (`/v2/droplets/{droplet_id}`): fault rules and observers name routes by it. */
  readonly path: string;
  readonly handle: (request: RouteRequest) => Reply;
}

export type Resolution =
  | { kind: 'found'; route: Route; params: Record<string, string> }
  | { kind: 'not-found' }
  | { kind: 'wrong-method'; allowed: readonly string[] };

type Segment = { literal: string } | { param: string };

interface Compiled {
  route: Route;
  segments: readonly Segment[];
  literals: number;
}

const compile = (route: Route): Compiled => {
  const segments = route.path
    .split('/')
    .filter(Boolean)
    .map((part): Segment => (part.startsWith('{') && part.endsWith('}') ? { param: part.slice(1, -1) } : { literal: part }));
  return { route, segments, literals: segments.filter((segment) => 'literal' in segment).length };
};

const matchSegments = (compiled: Compiled, parts: readonly string[]): Record<string, string> | undefined => {
  if (compiled.segments.length !== parts.length) return undefined;
  const params: Record<string, string> = {};
  for (const [index, segment] of compiled.segments.entries()) {
    const part = parts[index] as string;
    if ('param' in segment) params[segment.param] = part;
    else if (segment.literal !== part) return undefined;
  }
  return params;
};

const splitPath = (pathname: string): string[] | undefined => {
  try {
    return pathname.split('/').filter(Boolean).map(decodeURIComponent);
  } catch {
    return undefined;
  }
};

/**
 * Matches a method and path against route templates. A literal segment beats a parameter, so
 * `/v2/droplets/actions` is not taken for droplet "actions". HEAD is answered as GET without a body.
 */
export const createRouter = (routes: readonly Route[]): { resolve(method: string, pathname: string): Resolution } => {
  const compiled = routes.map(compile);
  return {
    resolve(method, pathname) {
      const parts = splitPath(pathname);
      if (!parts) return { kind: 'not-found' };
      const wanted = method === 'HEAD' ? 'GET' : method;
      const matches = compiled
        .map((entry) => ({ entry, params: matchSegments(entry, parts) }))
        .filter((match): match is { entry: Compiled; params: Record<string, string> } => match.params !== undefined);
      if (matches.length === 0) return { kind: 'not-found' };
      const best = Math.max(...matches.map((match) => match.entry.literals));
      const mostSpecific = matches.filter((match) => match.entry.literals === best);
      const hit = mostSpecific.find((match) => match.entry.route.method === wanted);
      if (hit) return { kind: 'found', route: hit.entry.route, params: hit.params };
      const allowed: string[] = [...new Set(mostSpecific.map((match) => match.entry.route.method))];
      if (allowed.includes('GET')) allowed.push('HEAD');
      return { kind: 'wrong-method', allowed };
    },
  };
};
