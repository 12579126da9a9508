import { afterEach, describe, expect, test } from 'vitest';
import { startTestApi, type TestApi } from './test-client';

let api: TestApi;
afterEach(async () => {
  await api.sim.close();
});

const start = async (): Promise<TestApi> => {
  api = await startTestApi({ control: true });
  return api;
};

describe('fault control over HTTP', () => {
  test('every API request fails until the faults are cleared, but the control routes keep answering', async () => {
    await start();
    const armed = await api.post('/_simulator/faults/requests', { status: 503, count: 'until-cleared' });
    expect(armed.status).toBe(200);
    expect(armed.body.requests).toEqual([{ status: 503, count: 'until-cleared', left: 'until-cleared' }]);
    for (const path of ['/v2/account', '/v2/droplets', '/v2/actions?per_page=5']) {
      const refused = await api.get(path);
      expect(refused.status).toBe(503);
      expect(refused.body).toMatchObject({ id: 'service_unavailable', request_id: refused.headers.get('x-request-id') });
    }
    expect((await api.get('/_simulator/clock')).status).toBe(200);
    expect((await api.del('/_simulator/faults')).status).toBe(204);
    expect((await api.get('/v2/account')).status).toBe(200);
    expect((await api.get('/_simulator/faults')).body.requests).toEqual([]);
  });

  test('connections can be reset for every request, with no answer at all', async () => {
    await start();
    await api.post('/_simulator/faults/requests', { reset: true, count: 'until-cleared' });
    await expect(api.get('/v2/account')).rejects.toThrow();
    await expect(api.get('/v2/droplets')).rejects.toThrow();
    await api.del('/_simulator/faults');
    expect((await api.get('/v2/account')).status).toBe(200);
  });

  test('a refusal can carry its own message and, for a 429, how long to wait', async () => {
    await start();
    await api.post('/_simulator/faults/requests', { method: 'GET', path: '/v2/droplets', status: 429, retryAfterSeconds: 30, message: 'Slow down.' });
    const limited = await api.get('/v2/droplets');
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('30');
    expect(limited.headers.get('ratelimit-remaining')).not.toBeNull();
    expect(limited.body).toMatchObject({ id: 'too_many_requests', message: 'Slow down.' });
    expect((await api.get('/v2/droplets')).status).toBe(200);
  });

  test('the next N requests to one route fail, after their effect when asked', async () => {
    await start();
    const droplet = (await api.get('/v2/droplets?name=grafana')).body.droplets[0];
    await api.post('/_simulator/faults/requests', { method: 'post', path: '/v2/droplets/{droplet_id}/actions', reset: true, afterEffect: true, count: 1 });
    expect((await api.get('/_simulator/faults')).body.requests).toEqual([
      { method: 'POST', path: '/v2/droplets/{droplet_id}/actions', reset: true, afterEffect: true, count: 1, left: 1 },
    ]);
    expect((await api.get(`/v2/droplets/${droplet.id}`)).status).toBe(200);
    await expect(api.post(`/v2/droplets/${droplet.id}/actions`, { type: 'reboot' })).rejects.toThrow();
    const actions = (await api.get(`/v2/droplets/${droplet.id}/actions`)).body.actions as { type: string; status: string }[];
    expect(actions.filter((action) => action.type === 'reboot' && action.status === 'in-progress')).toHaveLength(1);
    expect((await api.get('/_simulator/faults')).body.requests).toEqual([]);
  });

  test('a held page is answered only once released, while the other pages answer at once', async () => {
    await start();
    const armed = await api.post('/_simulator/faults/holds', { path: '/v2/droplets', page: 2 });
    expect(armed.body.holds).toEqual({ rules: [{ path: '/v2/droplets', page: 2 }], waiting: 0 });
    const order: string[] = [];
    const second = api.get('/v2/droplets?page=2&per_page=1').then((reply) => {
      order.push('page 2');
      return reply;
    });
    const first = await api.get('/v2/droplets?page=1&per_page=1');
    order.push('page 1');
    expect(first.status).toBe(200);
    expect((await api.get('/_simulator/faults')).body.holds.waiting).toBe(1);
    expect(order).toEqual(['page 1']);
    expect((await api.del('/_simulator/faults/holds')).body).toEqual({ released: 1 });
    expect((await second).status).toBe(200);
    expect(order).toEqual(['page 1', 'page 2']);
    expect((await api.get('/_simulator/faults')).body.holds).toEqual({ rules: [], waiting: 0 });
    expect((await api.get('/v2/droplets?page=2&per_page=1')).status).toBe(200);
  });

  test('clearing the faults answers held requests', async () => {
    await start();
    await api.post('/_simulator/faults/holds', { path: '/v2/account' });
    const held = api.get('/v2/account');
    await expect.poll(async () => (await api.get('/_simulator/faults')).body.holds.waiting).toBe(1);
    await api.del('/_simulator/faults');
    expect((await held).status).toBe(200);
  });

  test('a chosen action ends errored', async () => {
    await start();
    const droplet = (await api.get('/v2/droplets?name=grafana')).body.droplets[0];
    expect((await api.post('/_simulator/faults/actions', { type: 'reboot', resourceId: droplet.id })).status).toBe(200);
    const action = (await api.post(`/v2/droplets/${droplet.id}/actions`, { type: 'reboot' })).body.action;
    api.sim.clock.runUntilIdle();
    expect((await api.get(`/v2/actions/${action.id}`)).body.action.status).toBe('errored');
  });

  test('a rule it cannot read is refused by name, and nothing is armed', async () => {
    await start();
    for (const body of [{ status: 200 }, { path: 'v2/droplets' }, { count: 0 }, { count: 'forever' }, { colour: 'red' }, { method: 'PATCH' }]) {
      const refused = await api.post('/_simulator/faults/requests', body);
      expect(refused.status).toBe(422);
      expect(refused.body.message).toMatch(new RegExp(Object.keys(body)[0] as string));
    }
    expect((await api.post('/_simulator/faults/actions', { resourceId: -1 })).status).toBe(422);
    expect((await api.post('/_simulator/faults/holds', { page: 0 })).status).toBe(422);
    expect((await api.get('/_simulator/faults')).body.requests).toEqual([]);
    expect((await api.get('/v2/account')).status).toBe(200);
  });

  test('is not served unless asked for, and needs the token', async () => {
    api = await startTestApi();
    expect((await api.post('/_simulator/faults/requests', { status: 503 })).status).toBe(404);
    await api.sim.close();
    await start();
    expect((await api.request('DELETE', '/_simulator/faults', { token: null })).status).toBe(401);
  });
});
