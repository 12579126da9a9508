import { afterEach, describe, expect, test } from 'vitest';
import type { AppError } from '../errors';
import { httpError } from './api-error';
import { rejection, startHarness, type Harness } from './test-harness';

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

const detail = async (promise: Promise<unknown>) => ((await rejection(promise)) as AppError).detail;

const uuid = expect.stringMatching(/^[0-9a-f-]{36}$/);

describe('API errors, as the simulator answers them', () => {
  test('carry the kind, DigitalOcean message, status and request id', async () => {
    h = await startHarness();
    expect(await detail(h.client.droplets.get(999_999))).toEqual({
      kind: 'not_found',
      message: 'The resource you requested could not be found.',
      status: 404,
      requestId: uuid,
    });
  });

  test('401 is unauthorized, 403 forbidden', async () => {
    h = await startHarness({ client: { token: () => 'not-the-token' } });
    expect(await detail(h.client.account.get())).toMatchObject({ kind: 'unauthorized', status: 401, message: 'Unable to authenticate you.' });
    await h.close();
    h = await startHarness({ sim: { tokens: ['full'], readOnlyTokens: ['read-only'] }, token: 'read-only' });
    expect(await detail(h.client.tags.create('nope'))).toMatchObject({ kind: 'forbidden', status: 403 });
  });

  test('400 and 422 are validation errors with the API message', async () => {
    h = await startHarness();
    expect(await detail(h.client.tags.create('bad name'))).toMatchObject({ kind: 'validation', status: 400, message: expect.stringContaining('invalid tag name') });
    expect(await detail(h.client.droplets.create({ name: 'web_01', size: 's-1vcpu-1gb', image: 'ubuntu-24-04-x64' }))).toMatchObject({
      kind: 'validation',
      status: 422,
    });
  });

  test('a 422 because the Droplet is busy with another action is a conflict', async () => {
    h = await startHarness();
    const grafana = [...h.sim.state.droplets.values()].find((each) => each.name === 'grafana');
    await h.client.dropletActions.post(grafana?.id as number, { type: 'power_off' });
    expect(await detail(h.client.dropletActions.post(grafana?.id as number, { type: 'reboot' }))).toEqual({
      kind: 'conflict',
      message: 'Droplet already has a pending event.',
      status: 422,
      requestId: uuid,
    });
  });

  test('5xx is a server error', async () => {
    h = await startHarness({ client: { maxRetries: 0 } });
    h.sim.faults.failRequests({ path: '/v2/regions', status: 502 });
    expect(await detail(h.client.regions.list())).toMatchObject({ kind: 'server', status: 502, requestId: uuid });
  });
});

describe('error bodies that are not the usual shape', () => {
  test('a tags 400 with only root causes, and a proxy page that is not JSON', () => {
    const headers = new Headers({ 'x-request-id': 'from-header' });
    expect(httpError(400, headers, JSON.stringify({ error: '', messages: null, root_causes: ['name is invalid'] })).detail).toEqual({
      kind: 'validation',
      message: 'name is invalid',
      status: 400,
      requestId: 'from-header',
    });
    expect(httpError(503, new Headers(), '<html>Bad gateway</html>').detail).toEqual({
      kind: 'server',
      message: 'DigitalOcean answered with status 503.',
      status: 503,
    });
  });

  test('a token echoed back in a message never reaches the error', () => {
    const token = `dop_v1_${'ab'.repeat(32)}`;
    const error = httpError(401, new Headers(), JSON.stringify({ id: 'unauthorized', message: `bad token ${token}`, request_id: 'r1' }));
    expect(error.message).not.toContain(token);
    expect(error.detail.requestId).toBe('r1');
  });
});
