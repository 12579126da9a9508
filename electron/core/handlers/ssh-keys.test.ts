import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SshKey } from '../../../shared/do-types';
import type { CreatedDroplets } from '../../../shared/droplet-types';
import { startObservedCore, type ObservedCore } from '../testing/observed-core';

let harness: ObservedCore;

beforeAll(async () => {
  harness = await startObservedCore();
});

afterAll(() => harness.close());

/** Generated with `ssh-keygen -t ed25519` for the simulator's tests; not on the demo account. */
const newKey = 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIA7GpCMKrdA1uZwmW7kzd5Mf62fFdNH+ew8kKnXvhjAe sam@workstation';

const create = { region: 'fra1', size: 's-1vcpu-1gb', image: 'ubuntu-24-04-x64' };

describe('SSH keys', () => {
  it('lists every key of the account, all pages', async () => {
    const keys = await harness.run<SshKey[]>('sshKeys.list');
    expect(keys.map((key) => key.name)).toEqual(['priya@juniper-laptop', 'ci-deploy']);
    expect(keys[0]).toMatchObject({ id: expect.any(Number), fingerprint: expect.stringMatching(/^[0-9a-f]{2}(:[0-9a-f]{2}){15}$/), public_key: expect.stringMatching(/^ssh-ed25519 /) });
    expect(harness.exchanges.at(-1)).toMatchObject({ method: 'GET', pathname: '/v2/account/keys' });
  });

  it('takes no parameters', async () => {
    const { error, sent } = await harness.refusal('sshKeys.list', { page: 2 });
    expect(error.kind).toBe('validation');
    expect(sent).toEqual([]);
  });

  it('creates Droplets with keys named by id or fingerprint, and shows DigitalOcean refusing an unknown key', async () => {
    const [laptop, deploy] = await harness.run<SshKey[]>('sshKeys.list');
    const created = await harness.run<CreatedDroplets>('droplets.create', { ...create, names: ['keyed-01'], sshKeys: [laptop?.id, deploy?.fingerprint] });
    expect(created.droplets.map((row) => row.name)).toEqual(['keyed-01']);
    const { error, sent } = await harness.refusal('droplets.create', { ...create, names: ['keyed-02'], sshKeys: [98765] });
    expect(error).toMatchObject({ kind: 'validation', status: 422, message: expect.stringMatching(/98765/), requestId: expect.any(String) });
    expect(sent).toEqual(['POST /v2/droplets']);
  });

  it('refuses a region that is not a slug before asking DigitalOcean', async () => {
    const { error, sent } = await harness.refusal('droplets.create', { ...create, region: 'New York', names: ['keyed-03'] });
    expect(error.issues?.map((issue) => issue.path)).toContain('region');
    expect(sent).toEqual([]);
  });

  it('computes a key’s fingerprint locally, the same one DigitalOcean gives, without a request', async () => {
    const [laptop] = await harness.run<SshKey[]>('sshKeys.list');
    const before = harness.exchanges.length;
    const inspection = await harness.run('sshKeys.inspect', { publicKey: `  ${laptop?.public_key ?? ''}\n` });
    expect(inspection).toEqual({ type: 'ssh-ed25519', fingerprint: laptop?.fingerprint, comment: 'priya@juniper-laptop' });
    expect(harness.exchanges.length).toBe(before);
  });

  it('refuses a malformed key or a blank name before asking DigitalOcean, with the form’s words', async () => {
    for (const [request, path, message] of [
      [{ name: 'x', publicKey: 'ssh-ed25519 not-base64!' }, 'publicKey', /not valid base64/],
      [{ name: 'x', publicKey: newKey.replace('ssh-ed25519', 'ssh-rsa') }, 'publicKey', /is a ssh-ed25519 key, but the line says ssh-rsa/],
      [{ name: 'x', publicKey: '-----BEGIN OPENSSH PRIVATE KEY-----\nb3Blbn\n-----END OPENSSH PRIVATE KEY-----' }, 'publicKey', /private key/],
      [{ name: '  ', publicKey: newKey }, 'name', /Give the key a name/],
    ] as const) {
      const { error, sent } = await harness.refusal('sshKeys.add', request);
      expect(error.issues).toEqual([{ path, message: expect.stringMatching(message) }]);
      expect(sent).toEqual([]);
    }
  });

  it('adds, renames and deletes a key; DigitalOcean’s own refusal of a duplicate comes through with its request id', async () => {
    const added = await harness.run<SshKey>('sshKeys.add', { name: ' workstation ', publicKey: `${newKey}\n` });
    expect(added).toMatchObject({ id: expect.any(Number), name: 'workstation', public_key: newKey });
    const again = await harness.refusal('sshKeys.add', { name: 'again', publicKey: newKey });
    expect(again.error).toMatchObject({ status: 422, message: expect.stringMatching(/already in use/), requestId: expect.any(String) });
    expect(again.sent).toEqual(['POST /v2/account/keys']);
    const renamed = await harness.run<SshKey>('sshKeys.rename', { id: added.id, name: 'sam-workstation' });
    expect(renamed).toMatchObject({ id: added.id, name: 'sam-workstation', fingerprint: added.fingerprint });
    expect(await harness.run('sshKeys.delete', { id: added.id })).toEqual({ id: added.id });
    expect((await harness.run<SshKey[]>('sshKeys.list')).map((key) => key.name)).toEqual(['priya@juniper-laptop', 'ci-deploy']);
    const gone = await harness.refusal('sshKeys.rename', { id: added.id, name: 'ghost' });
    expect(gone.error).toMatchObject({ kind: 'not_found', status: 404 });
  });

  it('has no file dialog in browser mode: the page reads the file itself', async () => {
    const { error, sent } = await harness.refusal('sshKeys.readFile', {});
    expect(error.kind).toBe('unavailable');
    expect(sent).toEqual([]);
  });
});
