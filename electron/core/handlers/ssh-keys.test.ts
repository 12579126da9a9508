import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SshKey } from '../../../shared/do-types';
import type { CreatedDroplets } from '../../../shared/droplet-types';
import { startObservedCore, type ObservedCore } from '../testing/observed-core';

let harness: ObservedCore;

beforeAll(async () => {
  harness = await startObservedCore();
});

afterAll(() => harness.close());

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
});
