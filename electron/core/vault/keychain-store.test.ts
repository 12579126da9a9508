import { describe, expect, it, vi } from 'vitest';
import { AppError } from '../errors';
import { createKeychainStore, keychainService, unavailableExplanation, type KeychainBackend } from './keychain-store';

/** keytar's API over a Map, keyed by service and account. */
const fakeKeytar = () => {
  const entries = new Map<string, string>();
  const key = (service: string, account: string) => `${service}/${account}`;
  return {
    entries,
    getPassword: vi.fn(async (service: string, account: string) => entries.get(key(service, account)) ?? null),
    setPassword: vi.fn(async (service: string, account: string, password: string) => void entries.set(key(service, account), password)),
    deletePassword: vi.fn(async (service: string, account: string) => entries.delete(key(service, account))),
  } satisfies KeychainBackend & { entries: Map<string, string> };
};

/** keytar on Linux without a Secret Service: every call rejects with the D-Bus error. */
const noSecretService: KeychainBackend = {
  getPassword: () => Promise.reject(new Error('Cannot autolaunch D-Bus without X11 $DISPLAY')),
  setPassword: () => Promise.reject(new Error('Cannot autolaunch D-Bus without X11 $DISPLAY')),
  deletePassword: () => Promise.reject(new Error('Cannot autolaunch D-Bus without X11 $DISPLAY')),
};

const detailOf = (promise: Promise<unknown>) =>
  promise.then(
    () => expect.fail('expected a failure'),
    (error: unknown) => (error instanceof AppError ? error.detail : error),
  );

describe('createKeychainStore', () => {
  it("files one entry per account under the app's service name", async () => {
    const keytar = fakeKeytar();
    const store = createKeychainStore({ load: async () => keytar });
    await store.set('account-1', 'secret-1');
    expect(keytar.setPassword).toHaveBeenCalledWith('DigitalOcean Panel', 'account-1', 'secret-1');
    expect(keychainService).toBe('DigitalOcean Panel');
    await expect(store.get('account-1')).resolves.toBe('secret-1');
    await expect(store.get('account-2')).resolves.toBeUndefined();
    await expect(store.delete('account-1')).resolves.toBe(true);
    await expect(store.delete('account-1')).resolves.toBe(false);
    await expect(store.availability()).resolves.toEqual({ available: true });
  });

  it('loads keytar once, on first use', async () => {
    const load = vi.fn(async () => fakeKeytar());
    const store = createKeychainStore({ load });
    expect(load).not.toHaveBeenCalled();
    await store.availability();
    await store.get('a');
    expect(load).toHaveBeenCalledOnce();
  });

  it('turns a missing Secret Service into an explanation of why and what to do', async () => {
    const store = createKeychainStore({ platform: 'linux', load: async () => noSecretService });
    const availability = await store.availability();
    expect(availability).toEqual({ available: false, explanation: expect.any(String) });
    const { explanation } = availability as { explanation: string };
    expect(explanation).toContain('no Secret Service answered on the D-Bus session bus (Cannot autolaunch D-Bus without X11 $DISPLAY)');
    expect(explanation).toContain('GNOME Keyring');
    expect(explanation).toContain('for this session only');
    for (const attempt of [store.get('a'), store.set('a', 'secret'), store.delete('a')]) {
      await expect(detailOf(attempt)).resolves.toEqual({ kind: 'unavailable', message: explanation });
    }
  });

  it('explains a native module that does not load the same way', async () => {
    const store = createKeychainStore({ platform: 'linux', load: () => Promise.reject(new Error('Failed to load keytar native addon')) });
    await expect(store.availability()).resolves.toMatchObject({ available: false, explanation: expect.stringContaining('native addon') });
  });

  it('gives up on a keychain that does not answer', async () => {
    vi.useFakeTimers();
    try {
      const hanging: KeychainBackend = { ...noSecretService, getPassword: () => new Promise(() => undefined) };
      const pending = createKeychainStore({ platform: 'linux', load: async () => hanging, timeoutMs: 5000 }).availability();
      await vi.advanceTimersByTimeAsync(5000);
      await expect(pending).resolves.toMatchObject({ available: false, explanation: expect.stringContaining('did not answer within 5 seconds') });
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('unavailableExplanation', () => {
  it('names the keychain of each platform and offers session-only mode', () => {
    expect(unavailableExplanation('darwin', new Error('User interaction is not allowed.'))).toMatch(
      /^The panel cannot keep tokens in a keychain here: the macOS Keychain could not be used \(User interaction is not allowed\.\)\. Unlock your login keychain/,
    );
    expect(unavailableExplanation('win32', new Error('x'))).toContain('Windows Credential Manager could not be used');
    expect(unavailableExplanation('freebsd', new Error('x'))).toContain('the system keychain could not be used');
    for (const platform of ['linux', 'darwin', 'win32', 'freebsd']) {
      expect(unavailableExplanation(platform, new Error('x'))).toMatch(/keep the token for this session only: it then stays in memory until the panel quits and is never written to disk\.$/);
    }
  });

  it('never repeats a token an error message carries', () => {
    const token = `dop_v1_${'f'.repeat(64)}`;
    expect(unavailableExplanation('linux', new Error(`failed for ${token}`))).not.toContain(token);
  });
});
