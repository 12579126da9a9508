import { afterEach, describe, expect, test } from 'vitest';
import { startTestApi, type TestApi } from './test-client';

let api: TestApi;
afterEach(async () => {
  await api.sim.close();
});

interface Image {
  id: number;
  name: string;
  public: boolean;
  type: string;
  slug: string | null;
  regions: string[];
}

const privateImages = async (): Promise<Image[]> => (await api.get('/v2/images?private=true&per_page=200')).body.images;
const named = async (name: string): Promise<Image> => (await privateImages()).find((image) => image.name === name) as Image;
const custom = { name: 'alpine-3.20', url: 'https://images.example.com/alpine-3.20-x86_64.qcow2', region: 'nyc3', distribution: 'Unknown' };

describe('listing and reading', () => {
  test('filters by type, private and tag', async () => {
    api = await startTestApi();
    const all = (await api.get('/v2/images?per_page=200')).body;
    const distributions = (await api.get('/v2/images?type=distribution&per_page=200')).body.images as Image[];
    const applications = (await api.get('/v2/images?type=application&per_page=200')).body.images as Image[];
    const own = await privateImages();
    expect(distributions.length).toBeGreaterThan(5);
    expect(distributions.every((image) => image.public && image.type === 'base')).toBe(true);
    expect(applications.map((image) => image.slug)).toContain('docker-20-04');
    expect(own.every((image) => !image.public)).toBe(true);
    expect(new Set(own.map((image) => image.type))).toEqual(new Set(['snapshot', 'backup', 'custom']));
    expect(all.meta.total).toBe(distributions.length + applications.length + own.length);
    const tagged = (await api.get('/v2/images?tag_name=golden-image')).body.images as Image[];
    expect(tagged.map((image) => image.name)).toEqual(['ubuntu-24.04-hardened-base']);
    expect((await api.get('/v2/images?type=kernel')).status).toBe(422);
  });

  test('public images by id or slug, private images by id only', async () => {
    api = await startTestApi();
    const bySlug = await api.get('/v2/images/ubuntu-24-04-x64');
    expect(bySlug.body.image).toMatchObject({ slug: 'ubuntu-24-04-x64', public: true, distribution: 'Ubuntu' });
    expect((await api.get(`/v2/images/${bySlug.body.image.id}`)).body.image.slug).toBe('ubuntu-24-04-x64');
    const hardened = await named('ubuntu-24.04-hardened-base');
    expect((await api.get(`/v2/images/${hardened.id}`)).body.image.name).toBe('ubuntu-24.04-hardened-base');
    expect((await api.get('/v2/images/ubuntu-24.04-hardened-base')).status).toBe(404);
    expect((await api.get('/v2/images/1')).status).toBe(404);
  });
});

describe('custom image import', () => {
  test('starts NEW and becomes available in its region', async () => {
    api = await startTestApi({ seed: 'empty' });
    const created = await api.post('/v2/images', { ...custom, description: 'Minimal base', tags: ['base-images'] });
    expect(created.status).toBe(202);
    expect(created.body.image).toMatchObject({ name: 'alpine-3.20', type: 'custom', status: 'NEW', public: false, description: 'Minimal base', tags: ['base-images'] });
    api.sim.clock.advance(10);
    expect((await api.get(`/v2/images/${created.body.image.id}`)).body.image.status).toBe('NEW');
    api.sim.clock.runUntilIdle();
    const ready = (await api.get(`/v2/images/${created.body.image.id}`)).body.image;
    expect(ready).toMatchObject({ status: 'available', regions: ['nyc3'], error_message: '' });
    expect(ready.size_gigabytes).toBeGreaterThan(0);
    expect(ready.min_disk_size).toBeGreaterThan(0);
  });

  test('a file type the API does not accept ends deleted, with an error message', async () => {
    api = await startTestApi({ seed: 'empty' });
    const created = await api.post('/v2/images', { ...custom, url: 'https://images.example.com/installer.iso' });
    expect(created.status).toBe(202);
    api.sim.clock.runUntilIdle();
    const failed = (await api.get(`/v2/images/${created.body.image.id}`)).body.image;
    expect(failed.status).toBe('deleted');
    expect(failed.error_message).toMatch(/not supported/);
  });

  test('a URL whose server never answers (the .invalid TLD) is accepted, then ends deleted', async () => {
    api = await startTestApi({ seed: 'empty' });
    const created = await api.post('/v2/images', { ...custom, url: 'https://mirror.example.invalid/disk.qcow2' });
    expect(created.status).toBe(202);
    expect(created.body.image.status).toBe('NEW');
    api.sim.clock.runUntilIdle();
    const failed = (await api.get(`/v2/images/${created.body.image.id}`)).body.image;
    expect(failed).toMatchObject({ status: 'deleted', error_message: expect.stringMatching(/could not be downloaded/) });
  });

  test('accepts compressed images and any distribution (unknown ones as Unknown)', async () => {
    api = await startTestApi({ seed: 'empty' });
    const created = await api.post('/v2/images', { ...custom, url: 'http://mirror.example.org/disk.vmdk.bz2', distribution: 'Slackware' });
    expect(created.body.image.distribution).toBe('Unknown');
    api.sim.clock.runUntilIdle();
    expect((await api.get(`/v2/images/${created.body.image.id}`)).body.image.status).toBe('available');
  });

  test.each([
    [{ url: custom.url, region: 'nyc3' }, /Name/],
    [{ name: 'x', region: 'nyc3' }, /URL/],
    [{ name: 'x', url: custom.url }, /Region/],
    [{ name: 'x', url: 'ftp://example.com/a.img', region: 'nyc3' }, /http/],
    [{ name: 'x', url: custom.url, region: 'moon1' }, /region/],
    [{ name: 'x', url: custom.url, region: 'sfo1' }, /region/],
    [{ name: 'x', url: custom.url, region: 'nyc3', tags: ['no spaces'] }, /tags/],
  ])('refuses %j', async (body, message) => {
    api = await startTestApi({ seed: 'empty' });
    const response = await api.post('/v2/images', body);
    expect(response.status).toBe(422);
    expect(response.body.message).toMatch(message);
  });
});

describe('update and delete', () => {
  test('renames any own image; description and distribution only on custom images', async () => {
    api = await startTestApi();
    const hardened = await named('ubuntu-24.04-hardened-base');
    const updated = await api.put(`/v2/images/${hardened.id}`, { name: 'hardened-base-v2', description: 'Now with auditd', distribution: 'Debian' });
    expect(updated.status).toBe(200);
    expect(updated.body.image).toMatchObject({ name: 'hardened-base-v2', description: 'Now with auditd', distribution: 'Debian' });
    const snapshot = await named('db-primary-before-pg16');
    const renamed = await api.put(`/v2/images/${snapshot.id}`, { name: 'pg15-final', description: 'ignored', distribution: 'Fedora' });
    expect(renamed.body.image).toMatchObject({ name: 'pg15-final', description: '', distribution: 'Debian' });
    expect((await api.put(`/v2/images/${snapshot.id}`, { name: '' })).status).toBe(422);
  });

  test('public images can be neither changed nor deleted; slugs do not name images here', async () => {
    api = await startTestApi();
    const ubuntu = (await api.get('/v2/images/ubuntu-24-04-x64')).body.image;
    expect((await api.put(`/v2/images/${ubuntu.id}`, { name: 'mine' })).status).toBe(403);
    expect((await api.del(`/v2/images/${ubuntu.id}`)).status).toBe(403);
    expect((await api.put('/v2/images/ubuntu-24-04-x64', { name: 'mine' })).status).toBe(404);
  });

  test('delete answers 204 and removes the image from its Droplet and tags', async () => {
    api = await startTestApi();
    const snapshot = await named('api-prod-01-pre-upgrade');
    expect((await api.del(`/v2/images/${snapshot.id}`)).status).toBe(204);
    expect((await api.get(`/v2/images/${snapshot.id}`)).status).toBe(404);
    expect((await api.del(`/v2/images/${snapshot.id}`)).status).toBe(404);
    const apiDroplet = (await api.get('/v2/droplets?name=api-prod-01')).body.droplets[0];
    expect(apiDroplet.snapshot_ids).toEqual([]);
    const hardened = await named('ubuntu-24.04-hardened-base');
    await api.del(`/v2/images/${hardened.id}`);
    expect((await api.get('/v2/tags/golden-image')).body.tag.resources.count).toBe(0);
  });
});

describe('image actions', () => {
  test('transfer adds the region when it completes, after several minutes', async () => {
    api = await startTestApi();
    const hardened = await named('ubuntu-24.04-hardened-base');
    const started = await api.post(`/v2/images/${hardened.id}/actions`, { type: 'transfer', region: 'sgp1' });
    expect(started.status).toBe(201);
    expect(started.body.action).toMatchObject({ type: 'transfer', status: 'in-progress', resource_type: 'image', resource_id: hardened.id, region_slug: 'sgp1' });
    expect((await api.post(`/v2/images/${hardened.id}/actions`, { type: 'transfer', region: 'lon1' })).status).toBe(422);
    api.sim.clock.advance(120);
    expect((await api.get(`/v2/images/${hardened.id}`)).body.image.regions).toEqual(['nyc3', 'fra1']);
    api.sim.clock.runUntilIdle();
    expect((await api.get(`/v2/images/${hardened.id}`)).body.image.regions).toEqual(['nyc3', 'fra1', 'sgp1']);
    const done = (await api.get(`/v2/images/${hardened.id}/actions/${started.body.action.id}`)).body.action;
    expect(done.status).toBe('completed');
    expect(Date.parse(done.completed_at) - Date.parse(done.started_at)).toBeGreaterThan(5 * 60_000);
    const listed = (await api.get(`/v2/images/${hardened.id}/actions`)).body;
    expect(listed.actions.map((a: { type: string }) => a.type)).toEqual(['transfer', 'transfer']);
    expect(listed.meta.total).toBe(2);
  });

  test('transfer is refused to a region the image is in, or an unknown one', async () => {
    api = await startTestApi();
    const hardened = await named('ubuntu-24.04-hardened-base');
    expect((await api.post(`/v2/images/${hardened.id}/actions`, { type: 'transfer', region: 'fra1' })).body.message).toMatch(/already/);
    expect((await api.post(`/v2/images/${hardened.id}/actions`, { type: 'transfer', region: 'mars1' })).status).toBe(422);
    expect((await api.post(`/v2/images/${hardened.id}/actions`, { type: 'transfer' })).status).toBe(422);
    expect((await api.post(`/v2/images/${hardened.id}/actions`, { type: 'copy' })).status).toBe(422);
  });

  test('convert turns a backup into a snapshot, and nothing else', async () => {
    api = await startTestApi();
    const primary = (await api.get('/v2/droplets?name=db-primary')).body.droplets[0];
    const backupId = primary.backup_ids[0];
    expect((await api.post(`/v2/images/${primary.snapshot_ids[0]}/actions`, { type: 'convert' })).status).toBe(422);
    const started = await api.post(`/v2/images/${backupId}/actions`, { type: 'convert' });
    expect(started.status).toBe(201);
    api.sim.clock.runUntilIdle();
    expect((await api.get(`/v2/images/${backupId}`)).body.image.type).toBe('snapshot');
    const after = (await api.get(`/v2/droplets/${primary.id}`)).body.droplet;
    expect(after.backup_ids).not.toContain(backupId);
    expect(after.snapshot_ids).toContain(backupId);
  });

  test('public images take no actions; unknown images and actions are 404', async () => {
    api = await startTestApi();
    const ubuntu = (await api.get('/v2/images/ubuntu-24-04-x64')).body.image;
    expect((await api.post(`/v2/images/${ubuntu.id}/actions`, { type: 'transfer', region: 'nyc3' })).status).toBe(403);
    expect((await api.post('/v2/images/1/actions', { type: 'convert' })).status).toBe(404);
    expect((await api.get(`/v2/images/${ubuntu.id}/actions/1`)).status).toBe(404);
  });
});
