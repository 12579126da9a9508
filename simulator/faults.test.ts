import { afterEach, describe, expect, test } from 'vitest';
import { startTestApi, type TestApi } from './test-client';

let api: TestApi;
afterEach(async () => {
  await api.sim.close();
});

describe('faults', () => {
  test('are off unless asked for', async () => {
    api = await startTestApi();
    expect(api.sim.faults.current()).toEqual({ latencyMs: 0, latencyJitterMs: 0, failRate: 0, resetRate: 0 });
  });

  test('latency delays every answer', async () => {
    api = await startTestApi({ faults: { latencyMs: 60 } });
    const started = performance.now();
    expect((await api.get('/v2/account')).status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(55);
  });

  test('a fail rate answers 500, 502 or 503 in DigitalOcean form, before anything happens', async () => {
    api = await startTestApi({ seed: 'empty', faults: { failRate: 1 } });
    const statuses = new Set<number>();
    for (let i = 0; i < 20; i += 1) {
      const response = await api.post('/v2/tags', { name: `t${i}` });
      statuses.add(response.status);
      expect(response.body).toMatchObject({ id: expect.stringMatching(/server_error|bad_gateway|service_unavailable/), message: expect.any(String) });
      expect(response.headers.get('ratelimit-remaining')).not.toBeNull();
    }
    expect([...statuses].every((status) => [500, 502, 503].includes(status))).toBe(true);
    expect(statuses.size).toBeGreaterThan(1);
    expect(api.sim.state.tags.size).toBe(0);
  });

  test('a reset rate drops connections without an answer', async () => {
    api = await startTestApi({ faults: { resetRate: 1 } });
    await expect(api.get('/v2/account')).rejects.toThrow();
    api.sim.faults.configure({ resetRate: 0 });
    expect((await api.get('/v2/account')).status).toBe(200);
  });

  test('the next N requests to a route fail with a chosen status', async () => {
    api = await startTestApi();
    const droplet = (await api.get('/v2/droplets?name=grafana')).body.droplets[0];
    api.sim.faults.failRequests({ method: 'POST', path: '/v2/droplets/{droplet_id}/actions', status: 503, count: 2 });
    expect((await api.get(`/v2/droplets/${droplet.id}`)).status).toBe(200);
    expect((await api.post(`/v2/droplets/${droplet.id}/actions`, { type: 'reboot' })).status).toBe(503);
    expect((await api.post(`/v2/droplets/${droplet.id}/actions`, { type: 'reboot' })).body.id).toBe('service_unavailable');
    expect((await api.post(`/v2/droplets/${droplet.id}/actions`, { type: 'reboot' })).status).toBe(201);
  });

  test('a concrete path can be failed too, with any status', async () => {
    api = await startTestApi();
    api.sim.faults.failRequests({ path: '/v2/account', status: 429 });
    const limited = await api.get('/v2/account');
    expect(limited.status).toBe(429);
    expect(limited.body.id).toBe('too_many_requests');
    expect((await api.get('/v2/account')).status).toBe(200);
  });

  test('a failure after the effect: the client sees an error although the server acted', async () => {
    api = await startTestApi({ seed: 'empty' });
    api.sim.faults.failRequests({ method: 'POST', path: '/v2/tags', status: 502, afterEffect: true });
    expect((await api.post('/v2/tags', { name: 'lost-answer' })).status).toBe(502);
    expect((await api.get('/v2/tags/lost-answer')).status).toBe(200);
  });

  test('a dropped connection after the effect: no answer at all, although the server acted', async () => {
    api = await startTestApi({ seed: 'empty' });
    api.sim.faults.failRequests({ method: 'POST', path: '/v2/tags', reset: true, afterEffect: true });
    await expect(api.post('/v2/tags', { name: 'no-answer' })).rejects.toThrow();
    expect((await api.get('/v2/tags/no-answer')).status).toBe(200);
  });

  test('a dropped connection before the effect: no answer, and nothing done', async () => {
    api = await startTestApi({ seed: 'empty' });
    api.sim.faults.failRequests({ method: 'POST', path: '/v2/tags', reset: true });
    await expect(api.post('/v2/tags', { name: 'never-sent' })).rejects.toThrow();
    expect((await api.get('/v2/tags/never-sent')).status).toBe(404);
  });

  test('a chosen action ends errored and changes nothing', async () => {
    api = await startTestApi();
    const droplet = (await api.get('/v2/droplets?name=grafana')).body.droplets[0];
    api.sim.faults.failActions({ type: 'power_off', resourceId: droplet.id });
    const action = (await api.post(`/v2/droplets/${droplet.id}/actions`, { type: 'power_off' })).body.action;
    expect(action.status).toBe('in-progress');
    api.sim.clock.runUntilIdle();
    const finished = (await api.get(`/v2/actions/${action.id}`)).body.action;
    expect(finished.status).toBe('errored');
    expect(finished.completed_at).not.toBeNull();
    const after = (await api.get(`/v2/droplets/${droplet.id}`)).body.droplet;
    expect(after).toMatchObject({ status: 'active', locked: false });
    // Only the one action was chosen: the next succeeds.
    expect((await api.post(`/v2/droplets/${droplet.id}/actions`, { type: 'power_off' })).status).toBe(201);
    api.sim.clock.runUntilIdle();
    expect((await api.get(`/v2/droplets/${droplet.id}`)).body.droplet.status).toBe('off');
  });

  test('an errored create leaves the Droplet new, without networks', async () => {
    api = await startTestApi({ seed: 'empty' });
    api.sim.faults.failActions({ type: 'create' });
    const created = (await api.post('/v2/droplets', { name: 'doomed', size: 's-1vcpu-1gb', image: 'debian-12-x64' })).body;
    api.sim.clock.runUntilIdle();
    expect((await api.get(`/v2/actions/${created.links.actions[0].id}`)).body.action.status).toBe('errored');
    expect((await api.get(`/v2/droplets/${created.droplet.id}`)).body.droplet).toMatchObject({ status: 'new', networks: { v4: [], v6: [] } });
  });

  test('random faults replay identically for the same seed', async () => {
    const run = async (): Promise<number[]> => {
      api = await startTestApi({ faults: { failRate: 0.5 } });
      const statuses: number[] = [];
      for (let i = 0; i < 20; i += 1) statuses.push((await api.get('/v2/account')).status);
      await api.sim.close();
      return statuses;
    };
    const first = await run();
    expect(first).toEqual(await run());
    expect(new Set(first).size).toBeGreaterThan(1);
    api = await startTestApi();
  });

  test('clear turns everything off', async () => {
    api = await startTestApi({ faults: { failRate: 1 } });
    api.sim.faults.failRequests({ path: '/v2/account', status: 500, count: 5 });
    api.sim.faults.clear();
    expect((await api.get('/v2/account')).status).toBe(200);
  });
});
