import { afterEach, describe, expect, test } from 'vitest';
import { startTestApi, type TestApi } from './test-client';

let api: TestApi;
afterEach(async () => {
  await api.sim.close();
});

const byName = async (name: string) => (await api.get(`/v2/droplets?name=${name}`)).body.droplets[0];
const base = (id: number) => `/v2/droplets/${id}/destroy_with_associated_resources`;

describe('backup policies', () => {
  test('per Droplet, for all Droplets, and the supported plans', async () => {
    api = await startTestApi();
    const web = await byName('web-prod-01');
    const policy = (await api.get(`/v2/droplets/${web.id}/backups/policy`)).body.policy;
    expect(policy).toEqual({
      droplet_id: web.id,
      backup_enabled: true,
      backup_policy: { plan: 'weekly', weekday: 'SUN', hour: 4, window_length_hours: 4, retention_period_days: 28 },
      next_backup_window: web.next_backup_window,
    });
    const grafana = await byName('grafana');
    expect((await api.get(`/v2/droplets/${grafana.id}/backups/policy`)).body.policy).toEqual({ droplet_id: grafana.id, backup_enabled: false });
    const all = (await api.get('/v2/droplets/backups/policies?per_page=5')).body;
    expect(Object.keys(all.policies)).toHaveLength(5);
    expect(all.meta.total).toBe(16);
    expect(all.links.pages.next).toContain('page=2');
    const daily = (await api.get(`/v2/droplets/${(await byName('db-primary')).id}/backups/policy`)).body.policy.backup_policy;
    expect(daily).toEqual({ plan: 'daily', hour: 0, window_length_hours: 4, retention_period_days: 7 });
    const supported = (await api.get('/v2/droplets/backups/supported_policies')).body.supported_policies;
    expect(supported.map((entry: { name: string }) => entry.name)).toEqual(['weekly', 'daily']);
    expect((await api.get('/v2/droplets/1/backups/policy')).status).toBe(404);
  });
});

describe('firewalls', () => {
  test('every Droplet has an empty list', async () => {
    api = await startTestApi();
    const web = await byName('web-prod-01');
    expect((await api.get(`/v2/droplets/${web.id}/firewalls`)).body).toEqual({ firewalls: [], links: {}, meta: { total: 0 } });
    expect((await api.get('/v2/droplets/1/firewalls')).status).toBe(404);
  });
});

describe('destroy with associated resources', () => {
  test('lists the snapshots that could go with the Droplet, with their cost', async () => {
    api = await startTestApi();
    const db = await byName('db-primary');
    const listed = (await api.get(base(db.id))).body;
    expect(listed).toMatchObject({ reserved_ips: [], floating_ips: [], volumes: [], volume_snapshots: [] });
    expect(listed.snapshots).toEqual([
      { id: String(db.snapshot_ids[0]), name: 'db-primary-before-pg16', cost: expect.stringMatching(/^\d+\.\d\d$/) },
      { id: String(db.snapshot_ids[1]), name: 'db-primary-2025-q1', cost: expect.stringMatching(/^\d+\.\d\d$/) },
    ]);
  });

  test('selective: the Droplet and the chosen snapshots go, the others stay; status tells when', async () => {
    api = await startTestApi();
    const db = await byName('db-primary');
    const started = await api.del(`${base(db.id)}/selective`, { snapshots: [String(db.snapshot_ids[0])] });
    expect(started.status).toBe(202);
    expect(started.body).toBeUndefined();
    const running = (await api.get(`${base(db.id)}/status`)).body;
    expect(running).toMatchObject({ droplet: { id: String(db.id), name: 'db-primary' }, failures: 0 });
    expect(running.completed_at).toBeUndefined();
    expect((await api.post(`${base(db.id)}/retry`)).status).toBe(409);
    expect((await api.del(`${base(db.id)}/selective`, {})).status).toBe(409);
    api.sim.clock.runUntilIdle();
    expect((await api.get(`/v2/droplets/${db.id}`)).status).toBe(404);
    expect((await api.get(`/v2/images/${db.snapshot_ids[0]}`)).status).toBe(404);
    expect((await api.get(`/v2/images/${db.snapshot_ids[1]}`)).status).toBe(200);
    const done = (await api.get(`${base(db.id)}/status`)).body;
    expect(done.completed_at).toEqual(expect.any(String));
    expect(done.droplet.destroyed_at).toEqual(expect.any(String));
    expect(done.resources.snapshots).toEqual([{ id: String(db.snapshot_ids[0]), name: 'db-primary-before-pg16', destroyed_at: expect.any(String) }]);
  });

  test('selective refuses resources that are not this Droplet’s', async () => {
    api = await startTestApi();
    const db = await byName('db-primary');
    const api01 = await byName('api-prod-01');
    expect((await api.del(`${base(db.id)}/selective`, { snapshots: [String(api01.snapshot_ids[0])] })).status).toBe(422);
    expect((await api.del(`${base(db.id)}/selective`, { volumes: ['7724db7c-e098-11e5-b522-000f53304e51'] })).status).toBe(422);
    expect((await api.del(`${base(db.id)}/selective`, { snapshots: 'all' })).status).toBe(422);
    expect((await api.get(`/v2/droplets/${db.id}`)).status).toBe(200);
  });

  test('dangerous needs X-Dangerous: true, then takes every snapshot', async () => {
    api = await startTestApi();
    const db = await byName('db-primary');
    expect((await api.del(`${base(db.id)}/dangerous`)).status).toBe(400);
    const started = await api.request('DELETE', `${base(db.id)}/dangerous`, { headers: { 'X-Dangerous': 'true' } });
    expect(started.status).toBe(202);
    api.sim.clock.runUntilIdle();
    for (const id of db.snapshot_ids) expect((await api.get(`/v2/images/${id}`)).status).toBe(404);
    expect((await api.get(`${base(db.id)}/status`)).body.resources.snapshots).toHaveLength(2);
  });

  test('a failed destroy reports its failures and can be retried', async () => {
    api = await startTestApi();
    const web = await byName('web-prod-02');
    api.sim.faults.failActions({ type: 'destroy', resourceId: web.id });
    await api.del(`${base(web.id)}/selective`, {});
    api.sim.clock.runUntilIdle();
    const failed = (await api.get(`${base(web.id)}/status`)).body;
    expect(failed.failures).toBe(1);
    expect(failed.droplet.error_message).toMatch(/could not be destroyed/);
    expect((await api.get(`/v2/droplets/${web.id}`)).status).toBe(200);
    expect((await api.post(`${base(web.id)}/retry`)).status).toBe(202);
    api.sim.clock.runUntilIdle();
    const retried = (await api.get(`${base(web.id)}/status`)).body;
    expect(retried.failures).toBe(0);
    expect(retried.droplet.error_message).toBeUndefined();
    expect((await api.get(`/v2/droplets/${web.id}`)).status).toBe(404);
    expect((await api.post(`${base(web.id)}/retry`)).status).toBe(422);
  });

  test('status and retry of a Droplet never destroyed this way are 404', async () => {
    api = await startTestApi();
    const web = await byName('web-prod-02');
    expect((await api.get(`${base(web.id)}/status`)).status).toBe(404);
    expect((await api.post(`${base(web.id)}/retry`)).status).toBe(404);
    expect((await api.get(base(1))).status).toBe(404);
  });
});
