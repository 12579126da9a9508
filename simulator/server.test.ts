import { request as httpRequest } from 'node:http';
import { afterEach, describe, expect, test } from 'vitest';
import { startTestApi, type TestApi } from './test-client';

let api: TestApi;
afterEach(async () => {
  await api.sim.close();
});

const expectError = (response: { status: number; body: unknown; headers: Headers }, status: number, id: string): void => {
  expect(response.status).toBe(status);
  expect(response.body).toMatchObject({ id, message: expect.any(String), request_id: response.headers.get('x-request-id') });
};

describe('authentication', () => {
  test('a missing or unknown token is 401 unauthorized', async () => {
    api = await startTestApi();
    expectError(await api.request('GET', '/v2/account', { token: null }), 401, 'unauthorized');
    expectError(await api.request('GET', '/v2/account', { token: 'dop_v1_nope' }), 401, 'unauthorized');
    expectError(await api.request('GET', '/v2/account', { token: null, headers: { authorization: 'Basic abc' } }), 401, 'unauthorized');
  });

  test('tokens are configurable, and read-only tokens may not write', async () => {
    api = await startTestApi({ tokens: ['full'], readOnlyTokens: ['viewer'] });
    expect((await api.request('GET', '/v2/account', { token: 'full' })).status).toBe(200);
    expect((await api.request('GET', '/v2/droplets', { token: 'viewer' })).status).toBe(200);
    expectError(await api.request('POST', '/v2/tags', { token: 'viewer', body: { name: 'x' } }), 403, 'forbidden');
    expect((await api.request('POST', '/v2/tags', { token: 'full', body: { name: 'x' } })).status).toBe(201);
  });
});

describe('routing and parsing', () => {
  test('unknown routes are 404, wrong methods 405 with Allow', async () => {
    api = await startTestApi();
    expectError(await api.get('/v2/nothing-here'), 404, 'not_found');
    expectError(await api.get('/'), 404, 'not_found');
    const wrong = await api.request('PATCH', '/v2/droplets');
    expectError(wrong, 405, 'method_not_allowed');
    expect(wrong.headers.get('allow')).toBe('GET, POST, DELETE, HEAD');
  });

  test('malformed JSON is 400, a JSON body that is not an object 422', async () => {
    api = await startTestApi();
    expectError(await api.request('POST', '/v2/tags', { raw: '{"name": ' }), 400, 'bad_request');
    expectError(await api.request('POST', '/v2/droplets', { raw: '[1,2]' }), 422, 'unprocessable_entity');
    expectError(await api.request('POST', '/v2/droplets', { raw: '"text"' }), 422, 'unprocessable_entity');
  });

  test('an oversized body is refused with 413', async () => {
    api = await startTestApi();
    const response = await api.request('POST', '/v2/tags', { raw: `{"name":"${'a'.repeat(1_100_000)}"}` }).catch(() => undefined);
    // The server closes the connection after answering; some clients see the close before the answer.
    if (response) expectError(response, 413, 'request_entity_too_large');
    expect((await api.get('/v2/account')).status).toBe(200);
  });

  test('HEAD answers headers without a body; a trailing slash is ignored', async () => {
    api = await startTestApi();
    const head = await api.request('HEAD', '/v2/droplets');
    expect(head.status).toBe(200);
    expect(head.body).toBeUndefined();
    expect(head.headers.get('ratelimit-limit')).toBe('5000');
    expect((await api.get('/v2/droplets/')).body.droplets).toBeDefined();
  });

  test('every response carries a request id and JSON content type', async () => {
    api = await startTestApi();
    for (const response of [await api.get('/v2/account'), await api.get('/v2/none'), await api.request('GET', '/v2/account', { token: null })]) {
      expect(response.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
      expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    }
  });

  test('no input crashes it', async () => {
    api = await startTestApi();
    const nasty = [
      ['GET', '/v2/droplets/%'], ['GET', '/v2/droplets/0'], ['GET', '/v2/droplets/-1'], ['GET', '/v2/droplets/1e3'], ['GET', '/v2/droplets/99999999999999999999'],
      ['GET', '/v2/images/%00'], ['GET', '/v2/tags/%F0%9F%92%A9'], ['GET', '/v2/droplets?page=%zz&per_page=%%'],
      ['POST', '/v2/droplets', 'null'], ['POST', '/v2/droplets', '{"name":{"a":1},"size":[],"image":{}}'], ['POST', '/v2/droplets', '{"names":"x"}'],
      ['POST', '/v2/droplets/1/actions', '{"type":{}}'], ['POST', '/v2/tags/x/resources', '{"resources":[null, 1, "x"]}'],
      ['PUT', '/v2/images/1', '{"name":5}'], ['POST', '/v2/images', '{"url":"::::","name":"a","region":"nyc3"}'], ['DELETE', '/v2/droplets?tag_name='],
      ['POST', '/v2/droplets/actions?tag_name=web', '{"type":"snapshot","name":7}'], ['POST', '/v2/images/1/actions', '{"type":"transfer","region":[]}'],
    ] as const;
    for (const [method, path, raw] of nasty) {
      const response = await api.request(method, path, raw === undefined ? {} : { raw });
      expect(response.status, `${method} ${path}`).toBeLessThan(500);
      if (response.status >= 400) expect(response.body).toMatchObject({ id: expect.any(String), message: expect.any(String) });
    }
    expect((await api.get('/v2/account')).status).toBe(200);
  });

  test('a raw request with a garbage target or host still gets a JSON answer', async () => {
    api = await startTestApi();
    const { hostname, port } = new URL(api.sim.url);
    const status = await new Promise<number | undefined>((resolve) => {
      const request = httpRequest({ hostname, port, path: '*', method: 'GET', headers: { host: 'bad host!!' } }, (response) => {
        response.resume();
        resolve(response.statusCode);
      });
      request.on('error', () => resolve(undefined));
      request.end();
    });
    expect(status).toBe(401);
  });
});

describe('rate limiting over HTTP', () => {
  test('every response has the headers; over the burst limit comes 429 with retry-after', async () => {
    api = await startTestApi({ rateLimits: { perHour: 100, perMinute: 3 } });
    for (let i = 0; i < 3; i += 1) {
      const response = await api.get('/v2/account');
      expect(response.status).toBe(200);
      expect(response.headers.get('ratelimit-remaining')).toBe(String(99 - i));
      expect(Number(response.headers.get('ratelimit-reset'))).toBeGreaterThan(api.sim.clock.now() / 1000);
    }
    const limited = await api.get('/v2/account');
    expectError(limited, 429, 'too_many_requests');
    expect(limited.headers.get('retry-after')).toBe('60');
    api.sim.clock.advance(60);
    expect((await api.get('/v2/account')).status).toBe(200);
  });

  test('budgets are per token', async () => {
    api = await startTestApi({ tokens: ['a', 'b'], rateLimits: { perHour: 1, perMinute: 1 } });
    expect((await api.request('GET', '/v2/account', { token: 'a' })).status).toBe(200);
    expect((await api.request('GET', '/v2/account', { token: 'a' })).status).toBe(429);
    expect((await api.request('GET', '/v2/account', { token: 'b' })).status).toBe(200);
  });
});
