import { createHash, timingSafeEqual } from 'node:crypto';

/**
 * Who may talk to the browser-mode server. The server listens on loopback, but any web page the user
 * visits can make the browser send requests there, so loopback alone proves nothing:
 * - `Host` must name this exact server, or a DNS-rebinding page could pose as same-origin;
 * - `Origin`, when sent, must be this server, so other sites cannot drive it cross-origin;
 * - a per-launch key, handed over once in the URL the terminal printed and kept in an HttpOnly
 *   cookie, proves the request comes from the tab the user opened (or another process that read
 *   the terminal, which is as trusted as the user).
 * Everything here is a pure decision on header values; the server only carries it out.
 */

/** What one launch of the server accepts. */
export interface AccessPolicy {
  port: number;
  key: string;
}

/** The request facts a decision depends on; header values as Node hands them over. */
export interface RequestFacts {
  host: string | undefined;
  origin: string | undefined;
  cookie: string | undefined;
  /** The raw request target (`/path?query`), not normalised. */
  target: string;
}

/** A refusal: status and a short plain-text explanation safe to show anyone. */
export interface Refusal {
  kind: 'refuse';
  status: 401 | 403 | 421;
  message: string;
}

/** What to do with one page request. */
export type AccessDecision =
  | { kind: 'allow' }
  /** The key arrived in the URL: store it in a cookie and send the browser on without it. */
  | { kind: 'accept-key'; cookie: string; location: string }
  | Refusal;

/** The only `Host` value the server answers to. */
export const expectedHost = (port: number): string => `127.0.0.1:${port}`;

/** The only origin the served UI has, and so the only `Origin` accepted. */
export const expectedOrigin = (port: number): string => `http://127.0.0.1:${port}`;

/** The cookie name carries the port because browsers share cookies between ports of one host. */
export const keyCookieName = (port: number): string => `panel_key_${port}`;

/** The `Set-Cookie` value that stores the key for this server only, out of reach of scripts. */
export const keyCookie = (port: number, key: string): string =>
  `${keyCookieName(port)}=${key}; HttpOnly; SameSite=Strict; Path=/`;

/** Compares a presented key with the real one without leaking, through timing, how much matched. */
export const keysMatch = (presented: string, key: string): boolean => {
  // Hashing first gives equal lengths, so not even the key's length leaks.
  const digest = (value: string): Buffer => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(presented), digest(key));
};

/** Every value the `Cookie` header holds for one name (a browser may send the same name twice). */
export const cookieValues = (header: string | undefined, name: string): string[] =>
  (header ?? '')
    .split(';')
    .map((pair) => pair.trim())
    .filter((pair) => pair.startsWith(`${name}=`))
    .map((pair) => pair.slice(name.length + 1));

/** Splits a raw request target into its path and query without normalising `..` away. */
export const splitTarget = (target: string): { path: string; query: URLSearchParams } => {
  const mark = target.indexOf('?');
  return mark === -1
    ? { path: target, query: new URLSearchParams() }
    : { path: target.slice(0, mark), query: new URLSearchParams(target.slice(mark + 1)) };
};

const refuse = (status: Refusal['status'], message: string): Refusal => ({ kind: 'refuse', status, message });

const hostRefusal = refuse(421, 'This server only answers requests addressed to it by its loopback address.');
const originRefusal = refuse(403, 'Requests from other sites are not accepted.');
const keyRefusal = refuse(
  401,
  'This panel needs its access key. Open the address the terminal printed when you started `npm run serve` (it ends in ?key=…).',
);
const wrongKeyRefusal = refuse(
  401,
  'That access key is not valid for this panel. Each launch has a new key: open the address the terminal printed this time.',
);

/** `Host` and `Origin` checks shared by page requests and the socket upgrade. */
const checkPeer = (policy: AccessPolicy, facts: RequestFacts, originRequired: boolean): Refusal | null => {
  if (facts.host !== expectedHost(policy.port)) return hostRefusal;
  if (facts.origin === undefined ? originRequired : facts.origin !== expectedOrigin(policy.port)) return originRefusal;
  return null;
};

const hasKeyCookie = (policy: AccessPolicy, cookie: string | undefined): boolean =>
  cookieValues(cookie, keyCookieName(policy.port)).some((value) => keysMatch(value, policy.key));

/**
 * Where to send the browser once the key is in its cookie: the same path and query minus the key.
 * A path that a browser would read as another host (`//evil.example`, `/\evil.example`) becomes `/`.
 */
const locationWithoutKey = (path: string, query: URLSearchParams): string => {
  const rest = new URLSearchParams(query);
  rest.delete('key');
  const safePath = /^\/(?![/\\])/.test(path) ? path : '/';
  const search = rest.toString();
  return search === '' ? safePath : `${safePath}?${search}`;
};

/** Decides one HTTP request for the UI. */
export const checkPageRequest = (policy: AccessPolicy, facts: RequestFacts): AccessDecision => {
  const peer = checkPeer(policy, facts, false);
  if (peer) return peer;
  const { path, query } = splitTarget(facts.target);
  const presented = query.get('key');
  if (presented !== null) {
    if (!keysMatch(presented, policy.key)) return wrongKeyRefusal;
    return { kind: 'accept-key', cookie: keyCookie(policy.port, policy.key), location: locationWithoutKey(path, query) };
  }
  return hasKeyCookie(policy, facts.cookie) ? { kind: 'allow' } : keyRefusal;
};

/**
 * Decides one WebSocket upgrade. Browsers always send `Origin` on a WebSocket handshake, so a
 * missing one means a client that is not the served UI; the key must already be in the cookie.
 */
export const checkSocketUpgrade = (policy: AccessPolicy, facts: RequestFacts): { kind: 'allow' } | Refusal => {
  const peer = checkPeer(policy, facts, true);
  if (peer) return peer;
  return hasKeyCookie(policy, facts.cookie) ? { kind: 'allow' } : keyRefusal;
};
