import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { startSimulator, type Simulator } from '../../../simulator/start';
import type { DemoApi } from '../demo-api';
import { AppError } from '../errors';
import { createEventBus } from '../event-bus';
import { createLogger } from '../log';
import { createMemorySettingsStore, type SettingsStore } from '../settings-store';
import { fakeToken, fetchAccountWithFetch } from '../testing/core-test-deps';
import { createMemorySecretStore } from '../vault/memory-store';
import type { SecretStore } from '../vault/secret-store';
import { accountSettingsKeys } from './account-records';
import { createAccountsService, type AccountsService, type AccountsServiceOptions } from './accounts-service';
import type { FetchAccount } from './fetch-account';

const work = { token: fakeToken(1), email: 'infra@juniper-analytics.example', team: 'Juniper Analytics', dropletLimit: 25 };
const sameAccount = fakeToken(2);
const other = { token: fakeToken(3), email: 'platform@scale-test.example', team: 'Scale Test' };
const stranger = fakeToken(4);

let api: Simulator;
let otherApi: Simulator;
const services: AccountsService[] = [];

beforeAll(async () => {
  [api, otherApi] = await Promise.all([
    startSimulator({ seed: 'empty', clock: 'virtual', tokens: [work.token, sameAccount] }),
    startSimulator({ seed: 'large:1', clock: 'virtual', tokens: [other.token] }),
  ]);
});

afterAll(async () => {
  await Promise.all([api.close(), otherApi.close()]);
});

afterEach(async () => {
  await Promise.all(services.splice(0).map((service) => service.close()));
});

/** Demo APIs the tests started, to check they are started lazily and once. */
const startDemo = vi.fn(async (): Promise<DemoApi> => {
  const demo = await startSimulator({ seed: 'demo', clock: 'virtual' });
  return { baseUrl: demo.url, token: demo.tokens[0] as string, fileSize: async () => undefined, close: () => demo.close() };
});

/** A keychain that cannot be reached, as keytar reports one without a Secret Service. */
const unreachableKeychain = (explanation = 'The panel cannot keep tokens in a keychain here: no Secret Service answered.'): SecretStore => ({
  get: () => Promise.reject(AppError.of('unavailable', explanation)),
  set: () => Promise.reject(AppError.of('unavailable', explanation)),
  delete: () => Promise.reject(AppError.of('unavailable', explanation)),
  availability: async () => ({ available: false, explanation }),
});

interface Setup extends Partial<Omit<AccountsServiceOptions, 'events' | 'log'>> {
  settings?: SettingsStore;
  secrets?: SecretStore;
}

const setup = ({ settings = createMemorySettingsStore(), secrets = createMemorySecretStore(), env, ...rest }: Setup = {}) => {
  const events: unknown[] = [];
  const bus = createEventBus();
  bus.subscribe((event, payload) => events.push([event, payload]));
  const lines: string[] = [];
  // One simulator serves one account: the second account answers from a second simulator, by its token.
  const fetchAccount = vi.fn<FetchAccount>((credentials) =>
    fetchAccountWithFetch(credentials.token === other.token ? { ...credentials, baseUrl: otherApi.url } : credentials),
  );
  let ids = 0;
  const service = createAccountsService({
    secrets,
    settings,
    env: env ?? { DIGITALOCEAN_API_URL: api.url },
    fetchAccount,
    startDemo,
    events: bus,
    log: createLogger('accounts', { level: 'debug', sink: (_level, line) => lines.push(line) }),
    now: () => new Date('2026-03-04T05:06:07.000Z'),
    newId: () => `account-${(ids += 1)}`,
    ...rest,
  });
  services.push(service);
  return { service, settings, secrets, events, lines, fetchAccount };
};

const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => expect.fail('expected a failure'),
    (error: unknown) => (error instanceof AppError ? error.detail : error),
  );

afterEach(() => startDemo.mockClear());

describe('accounts: adding', () => {
  it('starts with no active account, listing only the demo', async () => {
    const { service } = setup();
    await expect(service.current()).resolves.toEqual({ state: 'none', environmentTokenAvailable: false });
    await expect(service.list()).resolves.toEqual({
      accounts: [{ id: 'demo', name: 'Demo', kind: 'demo', storage: 'none', status: 'ok', active: false }],
      activeId: null,
      keychain: { available: true },
    });
    await expect(service.activeCredentials()).resolves.toBeUndefined();
    expect(startDemo).not.toHaveBeenCalled();
  });

  it('validates the token with GET /v2/account, keeps it in the keychain and answers with the summary', async () => {
    const { service, secrets, settings, events, fetchAccount } = setup();
    const added = await service.add({ name: 'Work', token: work.token, storage: 'keychain' });
    expect(fetchAccount).toHaveBeenCalledExactlyOnceWith({ baseUrl: api.url, token: work.token });
    expect(added).toEqual({
      id: 'account-1',
      name: 'Work',
      kind: 'token',
      storage: 'keychain',
      email: work.email,
      team: work.team,
      dropletLimit: work.dropletLimit,
      addedAt: '2026-03-04T05:06:07.000Z',
      status: 'ok',
      active: true,
    });
    await expect(secrets.get('account-1')).resolves.toBe(work.token);
    // Settings hold the record and the choice, never the token.
    expect(settings.get(accountSettingsKeys.activeAccountId)).toBe('account-1');
    expect(settings.get(accountSettingsKeys.accounts)).toEqual([expect.objectContaining({ id: 'account-1', email: work.email })]);
    expect(JSON.stringify(settings.get(accountSettingsKeys.accounts))).not.toContain(work.token);
    expect(events).toEqual([['account.changed', { activeId: 'account-1' }]]);
  });

  it('keeps nothing when DigitalOcean refuses the token, and passes its message on', async () => {
    const settings = createMemorySettingsStore();
    const secrets = createMemorySecretStore();
    const set = vi.spyOn(secrets, 'set');
    const { service, events } = setup({ settings, secrets });
    const error = await failure(service.add({ name: 'Work', token: stranger, storage: 'keychain' }));
    expect(error).toEqual({ kind: 'unauthorized', message: 'Unable to authenticate you.', status: 401, requestId: expect.any(String) });
    expect(set).not.toHaveBeenCalled();
    expect(settings.get(accountSettingsKeys.accounts)).toBeUndefined();
    expect(settings.get(accountSettingsKeys.activeAccountId)).toBeUndefined();
    expect(events).toEqual([]);
    expect((await service.list()).accounts.map((account) => account.id)).toEqual(['demo']);
  });

  it('refuses a second token for the same DigitalOcean account, naming the first', async () => {
    const { service, secrets } = setup();
    await service.add({ name: 'Work', token: work.token, storage: 'keychain' });
    const error = await failure(service.add({ name: 'Work again', token: sameAccount, storage: 'session' }));
    expect(error).toEqual({
      kind: 'conflict',
      message: `This token belongs to ${work.email}, which is already added as "Work".`,
    });
    await expect(secrets.get('account-2')).resolves.toBeUndefined();
    expect((await service.list()).accounts).toHaveLength(2);
  });

  it('refuses a name already in use, in any case, without asking DigitalOcean', async () => {
    const { service, fetchAccount } = setup();
    await service.add({ name: 'Work', token: work.token, storage: 'keychain' });
    fetchAccount.mockClear();
    await expect(failure(service.add({ name: ' work ', token: other.token, storage: 'keychain' }))).resolves.toMatchObject({
      kind: 'conflict',
      message: 'There is already an account named "work". Choose another name.',
    });
    await expect(failure(service.add({ name: 'demo', token: other.token, storage: 'keychain' }))).resolves.toMatchObject({ kind: 'conflict' });
    expect(fetchAccount).not.toHaveBeenCalled();
  });

  it('leaves the active account alone when another is added', async () => {
    const { service } = setup();
    await service.add({ name: 'Work', token: work.token, storage: 'keychain' });
    const second = await service.add({ name: 'Side project', token: other.token, storage: 'keychain' });
    expect(second).toMatchObject({ id: 'account-2', email: other.email, team: other.team, active: false });
    await expect(service.current()).resolves.toMatchObject({ state: 'active', account: { id: 'account-1' } });
  });
});

describe('accounts: switching and removing', () => {
  const twoAccounts = async (options: Setup = {}) => {
    const context = setup(options);
    await context.service.add({ name: 'Work', token: work.token, storage: 'keychain' });
    await context.service.add({ name: 'Side project', token: other.token, storage: 'keychain' });
    context.events.length = 0;
    return context;
  };

  it('switches what the active credentials are, saves the choice and says so', async () => {
    const { service, settings, events } = await twoAccounts();
    const current = await service.switch('account-2');
    expect(current).toEqual({
      state: 'active',
      account: expect.objectContaining({ id: 'account-2', name: 'Side project', email: other.email, active: true, status: 'ok' }),
    });
    await expect(service.activeCredentials()).resolves.toEqual({ accountId: 'account-2', baseUrl: api.url, token: other.token });
    expect(settings.get(accountSettingsKeys.activeAccountId)).toBe('account-2');
    expect(events).toEqual([['account.changed', { activeId: 'account-2' }]]);
    const list = await service.list();
    expect(list.activeId).toBe('account-2');
    expect(list.accounts.filter((account) => account.active).map((account) => account.id)).toEqual(['account-2']);
  });

  it('refuses to switch to an account that does not exist', async () => {
    const { service, events } = await twoAccounts();
    await expect(failure(service.switch('account-9'))).resolves.toMatchObject({ kind: 'not_found' });
    expect(events).toEqual([]);
  });

  it('removes an account with its keychain entry, and the active choice with it', async () => {
    const { service, secrets, settings, events } = await twoAccounts();
    await service.remove('account-1');
    await expect(secrets.get('account-1')).resolves.toBeUndefined();
    await expect(secrets.get('account-2')).resolves.toBe(other.token);
    expect(settings.get(accountSettingsKeys.activeAccountId)).toBeUndefined();
    expect(settings.get(accountSettingsKeys.accounts)).toEqual([expect.objectContaining({ id: 'account-2' })]);
    await expect(service.current()).resolves.toEqual({ state: 'none', environmentTokenAvailable: false });
    expect(events).toEqual([['account.changed', { activeId: null }]]);
    await expect(failure(service.remove('account-1'))).resolves.toMatchObject({ kind: 'not_found' });
  });

  it('keeps the active account when another one is removed', async () => {
    const { service } = await twoAccounts();
    await service.remove('account-2');
    await expect(service.current()).resolves.toMatchObject({ account: { id: 'account-1' } });
  });

  it('will not remove the demo account', async () => {
    const { service } = setup();
    await expect(failure(service.remove('demo'))).resolves.toMatchObject({ kind: 'validation', message: expect.stringContaining('built in') });
  });

  it('remembers the accounts and the active one for the next start, without asking DigitalOcean again', async () => {
    const { settings, secrets } = await twoAccounts();
    const { service, fetchAccount } = setup({ settings, secrets });
    await expect(service.current()).resolves.toMatchObject({
      state: 'active',
      account: { id: 'account-1', name: 'Work', email: work.email, team: work.team, dropletLimit: 25, status: 'ok' },
    });
    expect((await service.list()).accounts.map((account) => account.id)).toEqual(['account-1', 'account-2', 'demo']);
    await expect(service.activeCredentials()).resolves.toMatchObject({ token: work.token });
    expect(fetchAccount).not.toHaveBeenCalled();
  });

  it('ignores saved records it cannot read, and an active id that names nothing', async () => {
    const settings = createMemorySettingsStore({
      [accountSettingsKeys.accounts]: [{ id: 'broken' }, 'junk'],
      [accountSettingsKeys.activeAccountId]: 'broken',
    });
    const { service, lines } = setup({ settings });
    await expect(service.list()).resolves.toMatchObject({ accounts: [{ id: 'demo' }], activeId: null });
    await expect(service.current()).resolves.toMatchObject({ state: 'none' });
    await service.list();
    expect(lines.filter((line) => line.includes('ignoring saved account'))).toEqual([
      expect.stringContaining('ignoring saved account #1'),
      expect.stringContaining('ignoring saved account #2'),
    ]);
  });
});

describe('accounts: the demo', () => {
  it('starts the simulator only when the demo becomes active, and only once', async () => {
    const { service } = setup();
    await service.list();
    expect(startDemo).not.toHaveBeenCalled();
    const current = await service.switch('demo');
    expect(current).toEqual({
      state: 'active',
      account: {
        id: 'demo',
        name: 'Demo',
        kind: 'demo',
        storage: 'none',
        email: work.email,
        team: work.team,
        dropletLimit: 25,
        status: 'ok',
        active: true,
      },
    });
    const credentials = await service.activeCredentials();
    expect(credentials).toMatchObject({ accountId: 'demo', baseUrl: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+$/) });
    await expect(service.apiBaseUrl()).resolves.toBe(credentials?.baseUrl);
    await service.current();
    await service.switch('demo');
    expect(startDemo).toHaveBeenCalledOnce();
  });

  it('with demoSession, is active for this session only; a switch is saved as usual', async () => {
    const settings = createMemorySettingsStore();
    const first = setup({ settings, demoSession: true });
    await first.service.add({ name: 'Work', token: work.token, storage: 'keychain' });
    await expect(first.service.current()).resolves.toMatchObject({ account: { id: 'demo' } });
    expect(settings.get(accountSettingsKeys.activeAccountId)).toBeUndefined();

    const next = setup({ settings, secrets: first.secrets });
    await expect(next.service.current()).resolves.toEqual({ state: 'none', environmentTokenAvailable: false });

    await first.service.switch('account-1');
    expect(settings.get(accountSettingsKeys.activeAccountId)).toBe('account-1');
    await expect(first.service.current()).resolves.toMatchObject({ account: { id: 'account-1' } });
  });

  it('explains a demo that cannot start, and tries again next time', async () => {
    startDemo.mockRejectedValueOnce(new Error('EADDRINUSE'));
    const { service, lines } = setup();
    await expect(failure(service.switch('demo'))).resolves.toMatchObject({ kind: 'unavailable', message: expect.stringContaining('could not start') });
    expect(lines.join('\n')).toContain('EADDRINUSE');
    await expect(service.switch('demo')).resolves.toMatchObject({ state: 'active' });
    expect(startDemo).toHaveBeenCalledTimes(2);
  });
});

describe('accounts: DIGITALOCEAN_ACCESS_TOKEN', () => {
  const env = { DIGITALOCEAN_API_URL: '', DIGITALOCEAN_ACCESS_TOKEN: ` ${work.token} ` };

  it('is offered as a session-only account, validated when switched to', async () => {
    const settings = createMemorySettingsStore();
    const secrets = createMemorySecretStore();
    const set = vi.spyOn(secrets, 'set');
    const { service, fetchAccount } = setup({ settings, secrets, env: { ...env, DIGITALOCEAN_API_URL: api.url } });
    await expect(service.current()).resolves.toEqual({ state: 'none', environmentTokenAvailable: true });
    expect((await service.list()).accounts[0]).toEqual({
      id: 'environment',
      name: 'DIGITALOCEAN_ACCESS_TOKEN',
      kind: 'environment',
      storage: 'session',
      status: 'ok',
      active: false,
    });
    expect(fetchAccount).not.toHaveBeenCalled();

    await expect(service.switch('environment')).resolves.toMatchObject({ account: { id: 'environment', email: work.email } });
    await expect(service.activeCredentials()).resolves.toEqual({ accountId: 'environment', baseUrl: api.url, token: work.token });
    expect((await service.list()).accounts[0]).toMatchObject({ email: work.email, active: true });
    expect(set).not.toHaveBeenCalled();
    expect(JSON.stringify([settings.get(accountSettingsKeys.accounts), settings.get(accountSettingsKeys.activeAccountId)])).not.toContain(work.token);
    await expect(failure(service.remove('environment'))).resolves.toMatchObject({ kind: 'validation' });
  });

  it('is not switched to when DigitalOcean refuses it', async () => {
    const { service, events } = setup({ env: { DIGITALOCEAN_API_URL: api.url, DIGITALOCEAN_ACCESS_TOKEN: stranger } });
    await expect(failure(service.switch('environment'))).resolves.toMatchObject({ kind: 'unauthorized' });
    await expect(service.current()).resolves.toMatchObject({ state: 'none' });
    expect(events).toEqual([]);
  });

  it('may still be saved to the keychain as an account of its own', async () => {
    const { service } = setup({ env: { DIGITALOCEAN_API_URL: api.url, DIGITALOCEAN_ACCESS_TOKEN: work.token } });
    await expect(service.add({ name: 'Work', token: work.token, storage: 'keychain' })).resolves.toMatchObject({ storage: 'keychain' });
  });
});

describe('accounts: without a keychain', () => {
  const explanation = 'The panel cannot keep tokens in a keychain here: no Secret Service answered. Start your keyring, or keep the token for this session only.';

  it('says why, refuses the keychain without asking DigitalOcean, and never falls back silently', async () => {
    const settings = createMemorySettingsStore();
    const { service, fetchAccount } = setup({ settings, secrets: unreachableKeychain(explanation) });
    await expect(service.list()).resolves.toMatchObject({ keychain: { available: false, explanation } });
    await expect(failure(service.add({ name: 'Work', token: work.token, storage: 'keychain' }))).resolves.toEqual({
      kind: 'unavailable',
      message: explanation,
    });
    expect(fetchAccount).not.toHaveBeenCalled();
    expect(settings.get(accountSettingsKeys.accounts)).toBeUndefined();
  });

  it('keeps a session-only token in memory until the service ends', async () => {
    const settings = createMemorySettingsStore();
    const { service } = setup({ settings, secrets: unreachableKeychain(explanation) });
    const added = await service.add({ name: 'Work', token: work.token, storage: 'session' });
    expect(added).toMatchObject({ storage: 'session', status: 'ok', active: true });
    await expect(service.activeCredentials()).resolves.toMatchObject({ token: work.token });
    expect((await service.list()).accounts.map((account) => [account.id, account.status])).toEqual([
      ['account-1', 'ok'],
      ['demo', 'ok'],
    ]);
    // Nothing of it is saved: the next start has no such account.
    expect(settings.get(accountSettingsKeys.accounts)).toBeUndefined();
    const next = setup({ settings, secrets: unreachableKeychain(explanation) });
    await expect(next.service.current()).resolves.toMatchObject({ state: 'none' });
    await service.remove('account-1');
    await expect(service.activeCredentials()).resolves.toBeUndefined();
  });

  it('reports saved accounts as unusable while the keychain is away, and a lost token as missing', async () => {
    const settings = createMemorySettingsStore();
    const secrets = createMemorySecretStore();
    const first = setup({ settings, secrets });
    await first.service.add({ name: 'Work', token: work.token, storage: 'keychain' });

    const locked = setup({ settings, secrets: unreachableKeychain(explanation) });
    expect((await locked.service.list()).accounts[0]).toMatchObject({ id: 'account-1', status: 'keychain-unavailable' });
    await expect(locked.service.current()).resolves.toMatchObject({ account: { status: 'keychain-unavailable', email: work.email } });
    await expect(failure(locked.service.activeCredentials())).resolves.toMatchObject({ kind: 'unavailable' });
    // Removing would leave the token behind in the keychain: refused until it is back.
    await expect(failure(locked.service.remove('account-1'))).resolves.toMatchObject({ kind: 'unavailable' });
    expect(settings.get(accountSettingsKeys.accounts)).toHaveLength(1);

    await secrets.delete('account-1');
    expect((await first.service.list()).accounts[0]).toMatchObject({ status: 'token-missing' });
    await expect(failure(first.service.activeCredentials())).resolves.toMatchObject({
      kind: 'unauthorized',
      message: expect.stringContaining('"Work" is no longer in the keychain'),
    });
  });
});
