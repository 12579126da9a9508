import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startSimulator, type Simulator } from '../../../simulator/start';
import { AppError } from '../errors';
import { fakeToken } from '../testing/core-test-deps';
import { createLogger } from '../log';
import { createFetchAccount } from './fetch-account';

type Fetch = typeof fetch;
const log = createLogger('test', { sink: () => undefined });
/**
 * Waits (backoff, retry-after) pass on a clock of the test's own, so they take no real time; the
 * retries themselves still happen.
 */
const fetchAccount = (fetchImpl: Fetch, timeoutMs?: number) => {
  let clock = Date.UTC(2026, 0, 1);
  return createFetchAccount({
    fetch: fetchImpl,
    log,
    now: () => clock,
    sleep: async (ms) => {
      clock += ms;
    },
    ...(timeoutMs ? { timeoutMs } : {}),
  });
};

const token = fakeToken(7);
let api: Simulator;

beforeAll(async () => {
  api = await startSimulator({ seed: 'empty', clock: 'virtual', tokens: [token] });
});

afterAll(async () => {
  await api.close();
});

const detailOf = (promise: Promise<unknown>) =>
  promise.then(
    () => expect.fail('expected a failure'),
    (error: unknown) => {
      expect(error).toBeInstanceOf(AppError);
      return (error as AppError).detail;
    },
  );

const answering = (body: unknown, init: ResponseInit = {}): Fetch =>
  vi.fn<Fetch>(async () => new Response(typeof body === 'string' ? body : JSON.stringify(body), init));

describe('createFetchAccount', () => {
  it('asks GET /v2/account with the token and reads the account', async () => {
    const spy = vi.fn<Fetch>((url, init) => fetch(url, init));
    const account = await fetchAccount(spy)({ baseUrl: api.url, token });
    expect(account).toEqual({
      email: 'infra@juniper-analytics.example',
      team: 'Juniper Analytics',
      dropletLimit: 25,
      status: 'active',
      uuid: expect.any(String),
    });
    const [url, init] = spy.mock.calls[0] ?? [];
    expect(url).toBe(`${api.url}/v2/account`);
    expect(new Headers(init?.headers).get('authorization')).toBe(`Bearer ${token}`);
  });

  it("answers a refused token with DigitalOcean's message and request id", async () => {
    const detail = await detailOf(fetchAccount(fetch)({ baseUrl: api.url, token: fakeToken(8) }));
    expect(detail).toEqual({ kind: 'unauthorized', message: 'Unable to authenticate you.', status: 401, requestId: expect.any(String) });
  });

  it('leaves out a team the account does not have', async () => {
    const body = { account: { email: 'solo@example.com', uuid: 'u-1', droplet_limit: 10, status: 'active', team: null } };
    await expect(fetchAccount(answering(body))({ baseUrl: 'https://api.example', token })).resolves.toEqual({
      email: 'solo@example.com',
      uuid: 'u-1',
      dropletLimit: 10,
      status: 'active',
    });
  });

  it.each([
    [403, 'forbidden'],
    [404, 'not_found'],
    [409, 'conflict'],
    [422, 'validation'],
    [500, 'server'],
    [503, 'server'],
  ] as const)('maps %i to %s', async (status, kind) => {
    const body = { id: 'x', message: 'The API says no.', request_id: 'req-9' };
    await expect(detailOf(fetchAccount(answering(body, { status }))({ baseUrl: 'https://api.example', token }))).resolves.toEqual({
      kind,
      message: 'The API says no.',
      status,
      requestId: 'req-9',
    });
  });

  it('passes on how long to wait after a 429', async () => {
    const reply = answering({ id: 'too_many_requests', message: 'API rate limit exceeded.' }, { status: 429, headers: { 'retry-after': '3' } });
    await expect(detailOf(fetchAccount(reply)({ baseUrl: 'https://api.example', token }))).resolves.toMatchObject({
      kind: 'rate_limited',
      retryAfterMs: 3000,
    });
  });

  it('describes an answer that is not DigitalOcean JSON, with the request id header', async () => {
    const gateway = answering('<html>Bad gateway</html>', { status: 502, headers: { 'x-request-id': 'edge-1' } });
    await expect(detailOf(fetchAccount(gateway)({ baseUrl: 'https://api.example', token }))).resolves.toEqual({
      kind: 'server',
      message: 'DigitalOcean answered with status 502.',
      status: 502,
      requestId: 'edge-1',
    });
    const odd = answering({ droplets: [] });
    await expect(detailOf(fetchAccount(odd)({ baseUrl: 'https://api.example', token }))).resolves.toMatchObject({ kind: 'server' });
  });

  it('never repeats a token a proxy echoes back', async () => {
    const echo = answering({ message: `Bad header: Authorization: Bearer ${token}` }, { status: 400 });
    const detail = await detailOf(fetchAccount(echo)({ baseUrl: 'https://api.example', token }));
    expect(JSON.stringify(detail)).not.toContain(token);
  });

  it('says where it could not connect, or that the API did not answer in time', async () => {
    const refused: Fetch = () => Promise.reject(new TypeError('fetch failed'));
    await expect(detailOf(fetchAccount(refused)({ baseUrl: 'https://api.example', token }))).resolves.toEqual({
      kind: 'network',
      message: 'Could not reach DigitalOcean at https://api.example. Check the connection and try again.',
    });
    // Never answers; only the client's own per-attempt timeout ends each try.
    const silent: Fetch = (_url, init) =>
      new Promise((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(init.signal?.reason)));
    await expect(detailOf(fetchAccount(silent, 20)({ baseUrl: 'https://api.example', token }))).resolves.toEqual({
      kind: 'timeout',
      message: 'DigitalOcean at https://api.example did not answer within 20 ms.',
    });
  });
});
