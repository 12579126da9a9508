import { afterEach, describe, expect, test } from 'vitest';
import { startTestApi, type TestApi } from './test-client';

let api: TestApi;
afterEach(async () => {
  await api.sim.close();
});

/** Generated with `ssh-keygen -t ed25519` for these tests; `ssh-keygen -l -E md5` prints the fingerprint below. */
const laptopKey = 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAICCjq5cqMhfb59pjS1/8R8/OL8m2m/tBqber+QTJv1Xe priya@juniper-laptop';
const laptopFingerprint = '6a:ee:d4:11:b6:69:85:f6:a7:f6:2e:79:bb:fc:e1:15';
/** Another ed25519 key, not in the demo seed. */
const newKey = 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIA7GpCMKrdA1uZwmW7kzd5Mf62fFdNH+ew8kKnXvhjAe sam@workstation';

interface Key {
  id: number;
  name: string;
  fingerprint: string;
  public_key: string;
}

const create = { size: 's-1vcpu-1gb', image: 'ubuntu-24-04-x64', region: 'nyc3' };

describe('SSH keys', () => {
  test('the demo seed has two keys, listed with pagination', async () => {
    api = await startTestApi({ seed: 'demo' });
    const all = await api.get('/v2/account/keys');
    expect(all.status).toBe(200);
    expect(all.body.meta.total).toBe(2);
    const keys = all.body.ssh_keys as Key[];
    expect(keys.map((key) => key.name)).toEqual(['priya@juniper-laptop', 'ci-deploy']);
    expect(keys[0]).toMatchObject({ public_key: laptopKey, fingerprint: laptopFingerprint });
    expect(keys[1]?.public_key).toMatch(/^ssh-rsa AAAAB3NzaC1yc2E/);
    const page = await api.get('/v2/account/keys?per_page=1&page=2');
    expect(page.body.ssh_keys.map((key: Key) => key.name)).toEqual(['ci-deploy']);
    expect(page.body.links.pages.first).toMatch(/\/v2\/account\/keys\?page=1/);
  });

  test('adds a key with its MD5 fingerprint, then finds and deletes it by id or fingerprint', async () => {
    api = await startTestApi({ seed: 'empty' });
    const added = await api.post('/v2/account/keys', { name: 'workstation', public_key: newKey });
    expect(added.status).toBe(201);
    const key = added.body.ssh_key as Key;
    expect(key).toMatchObject({ name: 'workstation', public_key: newKey, id: expect.any(Number) });
    expect(key.fingerprint).toMatch(/^[0-9a-f]{2}(:[0-9a-f]{2}){15}$/);
    expect((await api.get(`/v2/account/keys/${key.id}`)).body.ssh_key).toEqual(key);
    expect((await api.get(`/v2/account/keys/${key.fingerprint}`)).body.ssh_key).toEqual(key);
    expect((await api.del(`/v2/account/keys/${key.fingerprint}`)).status).toBe(204);
    expect((await api.get(`/v2/account/keys/${key.id}`)).status).toBe(404);
    expect((await api.get('/v2/account/keys')).body.ssh_keys).toEqual([]);
  });

  test('renames a key by id or fingerprint; only the name changes, and a blank name is refused', async () => {
    api = await startTestApi({ seed: 'demo' });
    const [laptop] = (await api.get('/v2/account/keys')).body.ssh_keys as Key[];
    const renamed = await api.put(`/v2/account/keys/${laptop?.id}`, { name: ' priya-laptop ' });
    expect(renamed.status).toBe(200);
    expect(renamed.body.ssh_key).toEqual({ ...laptop, name: 'priya-laptop' });
    expect((await api.put(`/v2/account/keys/${laptop?.fingerprint}`, { name: 'by-fingerprint' })).body.ssh_key.name).toBe('by-fingerprint');
    expect((await api.put(`/v2/account/keys/${laptop?.id}`, { name: '  ' })).status).toBe(422);
    expect((await api.put('/v2/account/keys/999', { name: 'nobody' })).status).toBe(404);
    expect((await api.get(`/v2/account/keys/${laptop?.id}`)).body.ssh_key.name).toBe('by-fingerprint');
  });

  test('refuses a malformed key, a missing name and a key already added', async () => {
    api = await startTestApi({ seed: 'demo' });
    const refusals = [
      { name: 'x', public_key: 'not a key' },
      { name: 'x', public_key: 'ssh-ed25519 bm90IGEga2V5 comment' },
      { name: 'x', public_key: laptopKey.replace('ssh-ed25519', 'ssh-rsa') },
      { name: 'x' },
      { public_key: newKey },
      { name: 'again', public_key: laptopKey },
    ];
    for (const body of refusals) {
      const answer = await api.post('/v2/account/keys', body);
      expect(answer.status).toBe(422);
      expect(answer.body).toMatchObject({ id: 'unprocessable_entity', message: expect.any(String) });
    }
    expect((await api.post('/v2/account/keys', { name: 'again', public_key: laptopKey })).body.message).toMatch(/already in use/);
    expect((await api.get('/v2/account/keys')).body.meta.total).toBe(2);
  });

  test('a create embeds keys named by id or fingerprint, and refuses unknown ones without creating anything', async () => {
    api = await startTestApi({ seed: 'demo' });
    const [laptop, deploy] = (await api.get('/v2/account/keys')).body.ssh_keys as Key[];
    const before = (await api.get('/v2/droplets')).body.meta.total as number;
    const accepted = await api.post('/v2/droplets', { ...create, name: 'with-keys', ssh_keys: [laptop?.id, deploy?.fingerprint] });
    expect(accepted.status).toBe(202);
    const refused = await api.post('/v2/droplets', { ...create, names: ['a1', 'a2'], ssh_keys: [laptop?.id, 12345, '00:11:22:33:44:55:66:77:88:99:aa:bb:cc:dd:ee:ff'] });
    expect(refused.status).toBe(422);
    expect(refused.body.message).toMatch(/12345/);
    expect((await api.post('/v2/droplets', { ...create, name: 'bad-keys', ssh_keys: 'all' })).status).toBe(422);
    expect((await api.get('/v2/droplets')).body.meta.total).toBe(before + 1);
  });
});
