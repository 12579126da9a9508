import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { startSimulator, type Simulator } from '../../simulator/start';
import { createLogger } from './log';
import { createCore, type Core, type CoreOptions } from './services';
import { createMemorySettingsStore } from './settings-store';
import { fakeToken, offlineCoreDeps } from './testing/core-test-deps';
import { createMemorySecretStore } from './vault/memory-store';
import type { SecretStore } from './vault/secret-store';

const token = fakeToken(0xc0ffee);
let api: Simulator;
const cores: Core[] = [];

beforeAll(async () => {
  api = await startSimulator({ seed: 'empty', clock: 'virtual', tokens: [token] });
});

afterAll(async () => {
  await api.close();
});

afterEach(async () => {
  await Promise.all(cores.splice(0).map((core) => core.close()));
});

const build = (env: Record<string, string | undefined>, overrides: Partial<CoreOptions> = {}) => {
  const lines: string[] = [];
  const core = createCore({
    runtime: 'browser',
    name: 'DigitalOcean Panel',
    version: '0.1.0',
    env,
    versions: { node: '20.0.0' },
    platform: 'linux',
    log: createLogger('test', { level: 'debug', sink: (_level, line) => lines.push(line) }),
    ...offlineCoreDeps(),
    ...overrides,
  });
  cores.push(core);
  const events: Array<[string, unknown]> = [];
  core.events.subscribe((event, payload) => events.push([event, payload]));
  return { core, lines, events };
};

describe('createCore', () => {
  it('answers app.info with the runtime and the API it talks to', async () => {
    const { core } = build({ DIGITALOCEAN_API_URL: 'http://127.0.0.1:9999' });
    await expect(core.dispatch('app.info', {})).resolves.toEqual({
      ok: true,
      value: {
        name: 'DigitalOcean Panel',
        version: '0.1.0',
        runtime: 'browser',
        platform: 'linux',
        versions: { node: '20.0.0' },
        apiBaseUrl: 'http://127.0.0.1:9999',
      },
    });
  });

  it("reports the demo's simulator as the API while the demo account is active", async () => {
    const close = vi.fn(async () => undefined);
    const { core } = build({}, { demoSession: true, startDemo: async () => ({ baseUrl: api.url, token, fileSize: async () => undefined, close }) });
    await expect(core.dispatch('app.info', {})).resolves.toMatchObject({ ok: true, value: { apiBaseUrl: api.url } });
    await core.close();
    expect(close).toHaveBeenCalledOnce();
  });

  it('answers app.reachability with what the last request found, so a window opened mid-outage knows at once', async () => {
    let down = false;
    const flaky: typeof fetch = (input, init) => (down ? Promise.reject(new TypeError('fetch failed')) : fetch(input, init));
    const { core } = build({ DIGITALOCEAN_API_URL: api.url }, { fetch: flaky });
    await expect(core.dispatch('app.reachability', {})).resolves.toEqual({ ok: true, value: { reachable: true } });
    expect(await core.dispatch('accounts.add', { name: 'Work', token, storage: 'keychain' })).toMatchObject({ ok: true });
    down = true;
    await expect(core.dispatch('droplets.list', {})).resolves.toMatchObject({ ok: false, error: { kind: 'network' } });
    await expect(core.dispatch('app.reachability', {})).resolves.toEqual({ ok: true, value: { reachable: false, since: expect.any(String) } });
    down = false;
    await expect(core.dispatch('droplets.list', {})).resolves.toMatchObject({ ok: true });
    await expect(core.dispatch('app.reachability', {})).resolves.toEqual({ ok: true, value: { reachable: true } });
    await expect(core.dispatch('app.reachability', { since: 'yesterday' })).resolves.toMatchObject({ ok: false, error: { kind: 'validation' } });
  });

  it('starts with no account and says whether the environment offers a token, never the token', async () => {
    const withToken = await build({ DIGITALOCEAN_ACCESS_TOKEN: token }).core.dispatch('accounts.current', {});
    expect(withToken).toEqual({ ok: true, value: { state: 'none', environmentTokenAvailable: true } });
    expect(JSON.stringify(withToken)).not.toContain(token);
    const without = await build({}).core.dispatch('accounts.current', {});
    expect(without).toEqual({ ok: true, value: { state: 'none', environmentTokenAvailable: false } });
  });

  it('serves accounts.add, list, switch, current and remove through dispatch', async () => {
    const { core, events } = build({ DIGITALOCEAN_API_URL: api.url }, { fetch });
    const added = await core.dispatch('accounts.add', { name: 'Work', token, storage: 'keychain' });
    expect(added).toMatchObject({ ok: true, value: { name: 'Work', email: 'infra@juniper-analytics.example', active: true } });
    const id = added.ok ? (added.value as { id: string }).id : '';
    await expect(core.dispatch('accounts.list', {})).resolves.toMatchObject({
      ok: true,
      value: { activeId: id, accounts: [{ id, status: 'ok' }, { id: 'demo' }] },
    });
    await expect(core.dispatch('accounts.switch', { id: 'nobody' })).resolves.toMatchObject({ ok: false, error: { kind: 'not_found' } });
    await expect(core.dispatch('accounts.remove', { id })).resolves.toEqual({ ok: true, value: { id } });
    await expect(core.dispatch('accounts.current', {})).resolves.toMatchObject({ ok: true, value: { state: 'none' } });
    expect(events.filter(([event]) => event === 'account.changed')).toEqual([
      ['account.changed', { activeId: id }],
      ['account.changed', { activeId: null }],
    ]);
  });

  it('keeps a saved account’s last-known lists for the next run in their own store, never the token, and drops them with the account', async () => {
    const settings = createMemorySettingsStore();
    const lastKnownLists = createMemorySettingsStore();
    const secrets = createMemorySecretStore();
    const first = build({ DIGITALOCEAN_API_URL: api.url }, { fetch, settings, secrets, lastKnownLists });
    const added = await first.core.dispatch('accounts.add', { name: 'Work', token, storage: 'keychain' });
    const id = added.ok ? (added.value as { id: string }).id : '';
    await expect(first.core.dispatch('droplets.list', {})).resolves.toEqual({ ok: true, value: [] });
    // Written when the core closes at the latest.
    await first.core.close();
    expect(lastKnownLists.get(`${id}:droplets`)).toEqual({ savedAt: expect.any(String), rows: [] });

    const next = build({ DIGITALOCEAN_API_URL: api.url }, { fetch: vi.fn<typeof fetch>(), settings, secrets, lastKnownLists });
    await expect(next.core.dispatch('lists.lastKnown', { list: 'droplets' })).resolves.toEqual({ ok: true, value: { savedAt: expect.any(String), rows: { keys: [], shared: [], values: [] } } });
    await expect(next.core.dispatch('accounts.remove', { id })).resolves.toMatchObject({ ok: true });
    expect(lastKnownLists.get(`${id}:droplets`)).toBeUndefined();
  });

  it('refuses malformed account requests before any handler runs', async () => {
    const fetchSpy = vi.fn<typeof fetch>();
    const { core } = build({}, { fetch: fetchSpy });
    const cases: Array<[string, unknown, string]> = [
      ['accounts.add', { name: '', token, storage: 'keychain' }, 'name'],
      ['accounts.add', { name: 'n'.repeat(65), token, storage: 'keychain' }, 'name'],
      ['accounts.add', { name: 'Work', token: '  ', storage: 'keychain' }, 'token'],
      ['accounts.add', { name: 'Work', token, storage: 'file' }, 'storage'],
      ['accounts.add', { name: 'Work', token, storage: 'session', scopes: 'all' }, ''],
      ['accounts.remove', {}, 'id'],
      ['accounts.switch', { id: 42 }, 'id'],
      ['accounts.list', { verbose: true }, ''],
    ];
    for (const [operation, request, path] of cases) {
      const result = await core.dispatch(operation, request);
      expect(result, `${operation} ${JSON.stringify(request)}`).toMatchObject({
        ok: false,
        error: { kind: 'validation', issues: [expect.objectContaining({ path })] },
      });
    }
    expect(fetchSpy).not.toHaveBeenCalled();
  });

  it('delivers events to subscribers until they unsubscribe', () => {
    const { core } = build({});
    const seen: unknown[] = [];
    const unsubscribe = core.events.subscribe((event, payload) => seen.push([event, payload]));
    core.events.emit('app.navigate', { area: 'settings' });
    unsubscribe();
    core.events.emit('app.navigate', { area: 'droplets' });
    expect(seen).toEqual([['app.navigate', { area: 'settings' }]]);
  });
});

describe('the token, from the outside', () => {
  /** A keychain that is there until the test takes it away. */
  const switchableKeychain = (): SecretStore & { lose(): void } => {
    const inner = createMemorySecretStore();
    let lost = false;
    const explanation = 'The panel cannot keep tokens in a keychain here: no Secret Service answered.';
    return {
      get: (id) => inner.get(id),
      set: (id, secret) => (lost ? Promise.reject(new Error(explanation)) : inner.set(id, secret)),
      delete: (id) => inner.delete(id),
      availability: async () => (lost ? { available: false, explanation } : { available: true }),
      lose: () => void (lost = true),
    };
  };

  it('appears in no log line, no result and no event, whatever happens', async () => {
    const secrets = switchableKeychain();
    const settings = createMemorySettingsStore();
    const { core, lines, events } = build(
      { DIGITALOCEAN_API_URL: api.url, DIGITALOCEAN_ACCESS_TOKEN: token },
      { fetch, secrets, settings },
    );
    const wrong = fakeToken(0xbad);
    const results: unknown[] = [];
    const call = async (operation: string, request: unknown) => {
      const result = await core.dispatch(operation, request);
      results.push(result);
      return result;
    };

    const added = await call('accounts.add', { name: 'Work', token: `  ${token}\n`, storage: 'keychain' });
    expect(added).toMatchObject({ ok: true });
    const id = added.ok ? (added.value as { id: string }).id : '';
    expect(await call('accounts.add', { name: 'Again', token, storage: 'session' })).toMatchObject({ error: { kind: 'conflict' } });
    expect(await call('accounts.add', { name: 'Wrong', token: wrong, storage: 'session' })).toMatchObject({
      error: { kind: 'unauthorized', message: 'Unable to authenticate you.' },
    });
    expect(await call('accounts.add', { name: 'Spaced', token: `${token} ${token}`, storage: 'keychain' })).toMatchObject({
      error: { kind: 'validation' },
    });
    await call('accounts.list', {});
    await call('accounts.current', {});
    expect(await call('accounts.switch', { id: 'environment' })).toMatchObject({ ok: true, value: { state: 'active' } });
    await call('accounts.current', {});
    await call('accounts.list', {});
    await call('accounts.switch', { id });
    await call('app.info', {});
    secrets.lose();
    expect(await call('accounts.add', { name: 'Locked', token: wrong, storage: 'keychain' })).toMatchObject({ error: { kind: 'unavailable' } });
    await call('accounts.list', {});
    await call('accounts.remove', { id });
    await call('accounts.remove', { id: 'environment' });
    await call('accounts.switch', { id: token });

    // The token was really used: the active account's credentials carry it, on the main side only.
    await core.accounts.switch('environment');
    expect((await core.accounts.activeCredentials())?.token).toBe(token);

    const everything = JSON.stringify({ results, events, lines, settings: settings.get('accounts') });
    expect(lines.length).toBeGreaterThan(0);
    expect(events.length).toBeGreaterThan(0);
    for (const secret of [token, wrong]) {
      expect(everything).not.toContain(secret);
      // Not even the random part on its own.
      expect(everything).not.toContain(secret.slice('dop_v1_'.length));
    }
  });
});
