import { execFile } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator, type Simulator } from '../../../simulator/start';
import { createAccountsService } from '../accounts/accounts-service';
import { createEventBus } from '../event-bus';
import { createLogger } from '../log';
import { createMemorySettingsStore, type SettingsStore } from '../settings-store';
import { fakeToken, fetchAccountWithFetch } from '../testing/core-test-deps';
import { createKeychainStore, keychainService } from './keychain-store';

/*
 * The real thing: tokens go through @github/keytar into a running Secret Service (gnome-keyring),
 * and `secret-tool` (libsecret's own CLI) checks what is there. Run by `npm run test:keychain`,
 * which starts a private Secret Service with scripts/with-secret-service.sh.
 */

const root = path.resolve(import.meta.dirname, '../../..');
const token = fakeToken(0x5ec7e7);
let api: Simulator;

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

const run = (command: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<Run> =>
  new Promise((resolve) => {
    execFile(command, args, { cwd: root, env, timeout: 60_000 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      resolve({ code, stdout, stderr });
    });
  });

/** Everything stored under the app's service name, as secret-tool prints it (attributes go to stderr). */
const searchAll = async (): Promise<string> => {
  const { stdout, stderr } = await run('secret-tool', ['search', '--all', 'service', keychainService]);
  return `${stdout}${stderr}`;
};

const lookup = (accountId: string): Promise<Run> => run('secret-tool', ['lookup', 'service', keychainService, 'account', accountId]);

const accountsOver = (settings: SettingsStore) =>
  createAccountsService({
    secrets: createKeychainStore(),
    settings,
    env: { DIGITALOCEAN_API_URL: api.url },
    fetchAccount: fetchAccountWithFetch,
    startDemo: () => Promise.reject(new Error('no demo in this test')),
    events: createEventBus(),
    log: createLogger('accounts', { sink: () => undefined }),
  });

beforeAll(async () => {
  if (process.env.PANEL_SECRET_SERVICE !== 'private') {
    throw new Error(
      'The keychain tests write to a Secret Service: run them with `npm run test:keychain`, which gives them a private one, never your own keyring.',
    );
  }
  api = await startSimulator({ seed: 'empty', clock: 'virtual', tokens: [token] });
});

afterAll(async () => {
  await api?.close();
});

describe('the keychain store against a real Secret Service', () => {
  it('finds the Secret Service available', async () => {
    await expect(createKeychainStore().availability()).resolves.toEqual({ available: true });
  });

  it('keeps an added account’s token in the keychain, where secret-tool finds it, and deletes it on removal', async () => {
    const settings = createMemorySettingsStore();
    const accounts = accountsOver(settings);
    const { id } = await accounts.add({ name: 'Work', token, storage: 'keychain' });

    const found = await lookup(id);
    expect(found).toMatchObject({ code: 0, stdout: token });
    const listing = await searchAll();
    expect(listing).toContain(`attribute.account = ${id}`);
    expect(listing).toContain(`attribute.service = ${keychainService}`);
    expect(listing).toContain(`secret = ${token}`);
    // The settings hold the account, not the token.
    expect(JSON.stringify(settings.get('accounts'))).not.toContain(token);

    // A new process would read it back from the keychain, with a keychain store of its own.
    await expect(accountsOver(settings).activeCredentials()).resolves.toMatchObject({ accountId: id, token });

    await accounts.remove(id);
    expect(await lookup(id)).toMatchObject({ code: 1, stdout: '' });
    expect(await searchAll()).toBe('');
  });

  it('puts nothing in the keychain for a session-only account', async () => {
    const accounts = accountsOver(createMemorySettingsStore());
    const { id } = await accounts.add({ name: 'Just now', token, storage: 'session' });
    await expect(accounts.activeCredentials()).resolves.toMatchObject({ accountId: id, token });
    expect(await searchAll()).toBe('');
  });

  it('explains, in a process whose session bus is not there, why the keychain cannot be used', async () => {
    const store = pathToFileURL(path.join(import.meta.dirname, 'keychain-store.ts')).href;
    const script = `
      const { createKeychainStore } = await import(${JSON.stringify(store)});
      const keychain = createKeychainStore({ platform: 'linux' });
      const availability = await keychain.availability();
      const set = await keychain.set('account-1', 'never-stored').then(() => 'stored', (error) => error.detail);
      process.stdout.write(JSON.stringify({ availability, set }));
    `;
    const env = { ...process.env, DBUS_SESSION_BUS_ADDRESS: `unix:path=${path.join(root, 'no-such-bus')}` };
    const child = await run(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], env);
    expect(child.stderr).toBe('');
    const { availability, set } = JSON.parse(child.stdout) as {
      availability: { available: boolean; explanation: string };
      set: { kind: string; message: string };
    };
    expect(availability.available).toBe(false);
    expect(availability.explanation).toContain('no Secret Service answered on the D-Bus session bus (Could not connect');
    expect(availability.explanation).toContain('for this session only');
    expect(set).toEqual({ kind: 'unavailable', message: expect.stringContaining('no Secret Service answered') });
    expect(await searchAll()).toBe('');
  });
});
