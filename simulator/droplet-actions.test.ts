import { afterEach, describe, expect, test } from 'vitest';
import { startTestApi, type TestApi } from './test-client';

let api: TestApi;
afterEach(async () => {
  await api.sim.close();
});

/** A fresh, running Droplet in an empty account. */
const running = async (extra: Record<string, unknown> = {}): Promise<number> => {
  const response = await api.post('/v2/droplets', { name: 'app-01', size: 's-1vcpu-1gb', image: 'ubuntu-24-04-x64', region: 'nyc3', ...extra });
  api.sim.clock.runUntilIdle();
  return response.body.droplet.id as number;
};

const act = (id: number, body: Record<string, unknown>) => api.post(`/v2/droplets/${id}/actions`, body);
const droplet = async (id: number) => (await api.get(`/v2/droplets/${id}`)).body.droplet;
const byName = async (name: string) => (await api.get(`/v2/droplets?name=${name}`)).body.droplets[0];

/** Runs an action to completion and returns the finished action. */
const complete = async (id: number, body: Record<string, unknown>) => {
  const started = await act(id, body);
  expect(started.status, JSON.stringify(started.body)).toBe(201);
  api.sim.clock.runUntilIdle();
  return (await api.get(`/v2/actions/${started.body.action.id}`)).body.action;
};

const seconds = (action: { started_at: string; completed_at: string }): number => (Date.parse(action.completed_at) - Date.parse(action.started_at)) / 1000;

describe('power', () => {
  test('power_off, shutdown, power_on, reboot and power_cycle change status when they complete', async () => {
    api = await startTestApi({ seed: 'empty' });
    const id = await running();
    const off = await act(id, { type: 'power_off' });
    expect(off.body.action).toMatchObject({ type: 'power_off', status: 'in-progress', resource_id: id, resource_type: 'droplet', region_slug: 'nyc3' });
    expect((await droplet(id)).status).toBe('active');
    api.sim.clock.runUntilIdle();
    expect((await droplet(id)).status).toBe('off');
    await complete(id, { type: 'power_on' });
    expect((await droplet(id)).status).toBe('active');
    await complete(id, { type: 'shutdown' });
    expect((await droplet(id)).status).toBe('off');
    await complete(id, { type: 'power_cycle' });
    expect((await droplet(id)).status).toBe('active');
    await complete(id, { type: 'reboot' });
    expect((await droplet(id)).status).toBe('active');
  });

  test('power actions take seconds', async () => {
    api = await startTestApi({ seed: 'empty' });
    const id = await running();
    const action = await complete(id, { type: 'power_off' });
    expect(seconds(action)).toBeGreaterThan(3);
    expect(seconds(action)).toBeLessThan(30);
  });

  test('asking for the state a Droplet is already in is refused', async () => {
    api = await startTestApi({ seed: 'empty' });
    const id = await running();
    expect((await act(id, { type: 'power_on' })).body).toMatchObject({ id: 'unprocessable_entity', message: 'Droplet is already powered on.' });
    await complete(id, { type: 'power_off' });
    expect((await act(id, { type: 'power_off' })).status).toBe(422);
    expect((await act(id, { type: 'shutdown' })).status).toBe(422);
  });
});

describe('locking', () => {
  test('a Droplet with an action in progress is locked and refuses the next action', async () => {
    api = await startTestApi({ seed: 'empty' });
    const id = await running();
    const first = await act(id, { type: 'reboot' });
    expect((await droplet(id)).locked).toBe(true);
    const second = await act(id, { type: 'power_off' });
    expect(second.status).toBe(422);
    expect(second.body).toMatchObject({ id: 'unprocessable_entity', message: 'Droplet already has a pending event.', request_id: expect.any(String) });
    api.sim.clock.runUntilIdle();
    expect((await droplet(id)).locked).toBe(false);
    expect((await act(id, { type: 'power_off' })).status).toBe(201);
    const listed = await api.get(`/v2/droplets/${id}/actions`);
    expect(listed.body.actions.map((a: { type: string }) => a.type)).toEqual(['power_off', 'reboot', 'create']);
    expect((await api.get(`/v2/droplets/${id}/actions/${first.body.action.id}`)).body.action.status).toBe('completed');
  });

  test('a Droplet still being created takes no actions', async () => {
    api = await startTestApi({ seed: 'empty' });
    const created = await api.post('/v2/droplets', { name: 'slow', size: 's-1vcpu-1gb', image: 'ubuntu-24-04-x64' });
    expect((await act(created.body.droplet.id, { type: 'power_off' })).status).toBe(422);
  });
});

describe('rename, rebuild, kernel, password, networking', () => {
  test('rename sets the new name; invalid or missing names are refused', async () => {
    api = await startTestApi({ seed: 'empty' });
    const id = await running();
    expect((await act(id, { type: 'rename' })).status).toBe(422);
    expect((await act(id, { type: 'rename', name: 'bad name' })).status).toBe(422);
    await complete(id, { type: 'rename', name: 'app-01.example.com' });
    expect((await droplet(id)).name).toBe('app-01.example.com');
  });

  test('rebuild puts a new image on the Droplet', async () => {
    api = await startTestApi({ seed: 'empty' });
    const id = await running();
    expect((await act(id, { type: 'rebuild', image: 'templeos-5' })).status).toBe(422);
    expect((await act(id, { type: 'rebuild' })).status).toBe(422);
    const action = await complete(id, { type: 'rebuild', image: 'debian-12-x64' });
    expect(action.type).toBe('rebuild');
    expect((await droplet(id)).image.slug).toBe('debian-12-x64');
  });

  test('change_kernel takes a kernel offered to the Droplet', async () => {
    api = await startTestApi({ seed: 'empty' });
    const id = await running();
    expect((await act(id, { type: 'change_kernel', kernel: 1 })).status).toBe(422);
    const kernel = (await api.get(`/v2/droplets/${id}/kernels`)).body.kernels[1];
    await complete(id, { type: 'change_kernel', kernel: kernel.id });
    expect((await droplet(id)).kernel).toEqual(kernel);
  });

  test('password_reset and enable_private_networking complete without changing the Droplet', async () => {
    api = await startTestApi({ seed: 'empty' });
    const id = await running();
    const before = await droplet(id);
    expect((await complete(id, { type: 'password_reset' })).status).toBe('completed');
    expect((await complete(id, { type: 'enable_private_networking' })).status).toBe('completed');
    expect(await droplet(id)).toEqual(before);
  });

  test('enable_ipv6 adds a public v6 network, once', async () => {
    api = await startTestApi({ seed: 'empty' });
    const id = await running();
    await complete(id, { type: 'enable_ipv6' });
    const after = await droplet(id);
    expect(after.features).toContain('ipv6');
    expect(after.networks.v6).toEqual([{ ip_address: expect.stringMatching(/^2604:a880:800:10::/), netmask: 64, gateway: '2604:a880:800:10::1', type: 'public' }]);
    await complete(id, { type: 'enable_ipv6' });
    expect((await droplet(id)).networks.v6).toHaveLength(1);
  });

  test('unknown or missing types, and unknown Droplets, are refused', async () => {
    api = await startTestApi({ seed: 'empty' });
    const id = await running();
    expect((await act(id, { type: 'destroy' })).status).toBe(422);
    expect((await act(id, {})).status).toBe(422);
    expect((await api.post(`/v2/droplets/${id}/actions`)).status).toBe(422);
    expect((await act(1, { type: 'reboot' })).status).toBe(404);
    expect((await api.get(`/v2/droplets/${id}/actions/1`)).status).toBe(404);
  });
});

describe('resize', () => {
  test('needs the Droplet off; without disk it changes memory, CPUs and price but not the disk', async () => {
    api = await startTestApi({ seed: 'empty' });
    const id = await running();
    expect((await act(id, { type: 'resize', size: 's-2vcpu-4gb' })).body.message).toMatch(/powered off/);
    await complete(id, { type: 'power_off' });
    const action = await complete(id, { type: 'resize', size: 's-2vcpu-4gb' });
    expect(seconds(action)).toBeGreaterThan(100);
    expect(seconds(action)).toBeLessThan(600);
    const resized = await droplet(id);
    expect(resized).toMatchObject({ size_slug: 's-2vcpu-4gb', memory: 4096, vcpus: 2, disk: 25, status: 'off' });
    expect(resized.size.price_monthly).toBe(24);
    expect(resized.disk_info[0].size.amount).toBe(25);
  });

  test('with disk: true the disk grows, and can never shrink again', async () => {
    api = await startTestApi({ seed: 'empty' });
    const id = await running();
    await complete(id, { type: 'power_off' });
    await complete(id, { type: 'resize', size: 's-4vcpu-8gb', disk: true });
    expect((await droplet(id)).disk).toBe(160);
    const smaller = await act(id, { type: 'resize', size: 's-2vcpu-4gb' });
    expect(smaller.status).toBe(422);
    expect(smaller.body.message).toMatch(/disk/);
  });

  test('refuses unknown, unavailable, missing or unchanged sizes', async () => {
    api = await startTestApi({ seed: 'empty' });
    const id = await running();
    await complete(id, { type: 'power_off' });
    for (const body of [{ type: 'resize', size: 'huge' }, { type: 'resize', size: 's-3vcpu-1gb' }, { type: 'resize' }, { type: 'resize', size: 's-1vcpu-1gb' }, { type: 'resize', size: 'gpu-h100x1-80gb' }, { type: 'resize', size: 's-2vcpu-4gb', disk: 'yes' }]) {
      expect((await act(id, body)).status, JSON.stringify(body)).toBe(422);
    }
  });
});

describe('snapshots and restore', () => {
  test('snapshot makes an image of the Droplet, about two minutes per GB', async () => {
    api = await startTestApi({ seed: 'empty' });
    const id = await running();
    const action = await complete(id, { type: 'snapshot', name: 'before-upgrade' });
    const after = await droplet(id);
    expect(after.snapshot_ids).toHaveLength(1);
    const image = (await api.get(`/v2/images/${after.snapshot_ids[0]}`)).body.image;
    expect(image).toMatchObject({ name: 'before-upgrade', type: 'snapshot', public: false, regions: ['nyc3'], min_disk_size: 25, status: 'available' });
    expect(seconds(action) / image.size_gigabytes).toBeGreaterThan(120 * 0.8);
    expect(seconds(action) / image.size_gigabytes).toBeLessThan(120 * 1.2);
  });

  test('restore takes only a backup of this Droplet', async () => {
    api = await startTestApi();
    const primary = await byName('db-primary');
    const replica = await byName('db-replica');
    expect((await act(primary.id, { type: 'restore', image: replica.backup_ids[0] })).body.message).toMatch(/not a backup of this Droplet/);
    expect((await act(primary.id, { type: 'restore', image: primary.snapshot_ids[0] })).status).toBe(422);
    expect((await act(primary.id, { type: 'restore', image: 'ubuntu-24-04-x64' })).status).toBe(422);
    expect((await act(primary.id, { type: 'restore' })).status).toBe(422);
    const action = await complete(primary.id, { type: 'restore', image: primary.backup_ids[0] });
    expect(action.status).toBe('completed');
    expect((await droplet(primary.id)).status).toBe('active');
  });
});

describe('backups', () => {
  test('enable_backups, change_backup_policy and disable_backups', async () => {
    api = await startTestApi({ seed: 'empty' });
    const id = await running();
    expect((await act(id, { type: 'disable_backups' })).status).toBe(422);
    expect((await act(id, { type: 'change_backup_policy', backup_policy: { plan: 'daily', hour: 4 } })).status).toBe(422);
    await complete(id, { type: 'enable_backups', backup_policy: { plan: 'daily', hour: 20 } });
    const enabled = await droplet(id);
    expect(enabled.features).toContain('backups');
    expect(new Date(enabled.next_backup_window.start).getUTCHours()).toBe(20);
    expect((await act(id, { type: 'enable_backups' })).status).toBe(422);
    expect((await act(id, { type: 'change_backup_policy' })).status).toBe(422);
    await complete(id, { type: 'change_backup_policy', backup_policy: { plan: 'weekly', weekday: 'FRI', hour: 12 } });
    const window = new Date((await droplet(id)).next_backup_window.start);
    expect([window.getUTCDay(), window.getUTCHours()]).toEqual([5, 12]);
    await complete(id, { type: 'disable_backups' });
    const disabled = await droplet(id);
    expect(disabled.features).not.toContain('backups');
    expect(disabled.next_backup_window).toBeNull();
  });

  test('backups are taken in each window once enabled, and stop when disabled', async () => {
    api = await startTestApi({ seed: 'empty' });
    const id = await running();
    await complete(id, { type: 'enable_backups', backup_policy: { plan: 'daily', hour: 20 } });
    const window = (await droplet(id)).next_backup_window;
    api.sim.clock.advance(2 * 86_400);
    const backupIds = (await droplet(id)).backup_ids;
    expect(backupIds).toHaveLength(2);
    const first = (await api.get(`/v2/images/${backupIds[0]}`)).body.image;
    expect(first).toMatchObject({ type: 'backup', regions: ['nyc3'], name: expect.stringMatching(/^app-01 \d{4}-\d{2}-\d{2}$/) });
    expect(Date.parse(first.created_at)).toBeGreaterThanOrEqual(Date.parse(window.start));
    expect(Date.parse(first.created_at)).toBeLessThanOrEqual(Date.parse(window.end));
    expect((await api.get(`/v2/droplets/${id}/backups`)).body.meta.total).toBe(2);
    await complete(id, { type: 'disable_backups' });
    api.sim.clock.advance(3 * 86_400);
    expect((await droplet(id)).backup_ids).toEqual([]);
  });

  test('the plan keeps only its retention: seven daily backups', async () => {
    api = await startTestApi();
    const before = await byName('db-primary');
    api.sim.clock.advance(3 * 86_400);
    const after = await droplet(before.id);
    expect(after.backup_ids).toHaveLength(7);
    expect(after.backup_ids.slice(0, 4)).toEqual(before.backup_ids.slice(3));
    expect((await api.get(`/v2/images/${before.backup_ids[0]}`)).status).toBe(404);
  });

  test('waiting for idle does not wait for tomorrow’s backup', async () => {
    api = await startTestApi({ seed: 'empty' });
    const id = await running({ backups: true });
    expect(api.sim.clock.runUntilIdle()).toBe(0);
    expect((await droplet(id)).backup_ids).toEqual([]);
  });

  test('disabling backups deletes the existing ones', async () => {
    api = await startTestApi();
    const primary = await byName('db-primary');
    await complete(primary.id, { type: 'disable_backups' });
    expect((await droplet(primary.id)).backup_ids).toEqual([]);
    expect((await api.get(`/v2/images/${primary.backup_ids[0]}`)).status).toBe(404);
  });
});

describe('by tag', () => {
  test('acts on every tagged Droplet and answers with all the actions', async () => {
    api = await startTestApi();
    const response = await api.post('/v2/droplets/actions?tag_name=web', { type: 'power_off' });
    expect(response.status).toBe(201);
    expect(response.body.links).toBeUndefined();
    expect(response.body.actions).toHaveLength(3);
    expect(response.body.actions.every((a: { type: string; status: string }) => a.type === 'power_off' && a.status === 'in-progress')).toBe(true);
    api.sim.clock.runUntilIdle();
    const statuses = (await api.get('/v2/droplets?tag_name=web')).body.droplets.map((d: { status: string }) => d.status);
    expect(statuses).toEqual(['off', 'off', 'off']);
  });

  test('allows only the types the API allows by tag', async () => {
    api = await startTestApi();
    for (const type of ['reboot', 'resize', 'rename', 'rebuild', 'restore', 'password_reset', 'change_kernel']) {
      expect((await api.post('/v2/droplets/actions?tag_name=web', { type })).status, type).toBe(422);
    }
    const snapshots = await api.post('/v2/droplets/actions?tag_name=db', { type: 'snapshot', name: 'nightly-manual' });
    expect(snapshots.body.actions).toHaveLength(2);
  });

  test('a tag, a known tag, and unlocked Droplets are needed; a refusal starts nothing', async () => {
    api = await startTestApi();
    expect((await api.post('/v2/droplets/actions', { type: 'power_on' })).status).toBe(422);
    expect((await api.post('/v2/droplets/actions?tag_name=nope', { type: 'power_on' })).status).toBe(404);
    const before = (await api.get('/v2/actions')).body.meta.total;
    // staging-api is taking a snapshot when the demo starts.
    expect((await api.post('/v2/droplets/actions?tag_name=env:staging', { type: 'power_off' })).status).toBe(422);
    expect((await api.get('/v2/actions')).body.meta.total).toBe(before);
  });
});

describe('speed', () => {
  test('the speed factor shortens every action', async () => {
    api = await startTestApi({ seed: 'empty', speed: 10 });
    const id = await running();
    await complete(id, { type: 'power_off' });
    const action = await complete(id, { type: 'resize', size: 's-2vcpu-4gb' });
    expect(seconds(action)).toBeLessThan(20);
  });
});
