import type * as Keytar from '@github/keytar';
import type { KeychainAvailability } from '../../../shared/account-types';
import { AppError } from '../errors';
import { redact } from '../redact';
import type { SecretStore } from './secret-store';

/** Every entry is filed under this service, one per account id: `secret-tool search --all service 'DigitalOcean Panel'`. */
export const keychainService = 'DigitalOcean Panel';

/** The part of keytar's API the store uses; tests hand in a fake. */
export interface KeychainBackend {
  getPassword(service: string, account: string): Promise<string | null>;
  setPassword(service: string, account: string, password: string): Promise<void>;
  deletePassword(service: string, account: string): Promise<boolean>;
}

type KeytarModule = typeof Keytar;

/** Loaded on first use, so a native binary that fails to load makes the keychain unavailable, not the app. */
const loadKeytar = async (): Promise<KeychainBackend> => {
  // keytar is CommonJS: Node's ESM loader puts its exports on `default`.
  const loaded = (await import('@github/keytar')) as KeytarModule & { default?: KeytarModule };
  return loaded.default ?? loaded;
};

/** An entry that never exists: looking it up tells whether the keychain answers at all. */
const probeAccount = 'availability-check';

/** A Secret Service that hangs (a wedged bus) must not hang the accounts list with it. */
const defaultTimeoutMs = 10_000;

const keychainNames: Readonly<Record<string, string>> = {
  darwin: 'the macOS Keychain',
  win32: 'Windows Credential Manager',
};

const remedies: Readonly<Record<string, string>> = {
  linux:
    "Start or unlock your desktop's keyring (GNOME Keyring, KWallet or another Secret Service; on a server, install and run gnome-keyring) and try again",
  darwin: 'Unlock your login keychain in Keychain Access and try again',
  win32: 'Check that Credential Manager is running and try again',
};

const sessionOnly =
  'or keep the token for this session only: it then stays in memory until the panel quits and is never written to disk.';

const detailOf = (error: unknown): string => redact(error instanceof Error ? error.message : String(error)).trim();

/** Why the keychain cannot be used and what to do, in words for the person at the keyboard. */
export const unavailableExplanation = (platform: string, error: unknown): string => {
  const what =
    platform === 'linux'
      ? 'no Secret Service answered on the D-Bus session bus'
      : `${keychainNames[platform] ?? 'the system keychain'} could not be used`;
  const detail = detailOf(error);
  const remedy = remedies[platform] ?? 'Make the system keychain available and try again';
  return `The panel cannot keep tokens in a keychain here: ${what}${detail ? ` (${detail})` : ''}. ${remedy}, ${sessionOnly}`;
};

const withTimeout = <T>(work: Promise<T>, ms: number): Promise<T> =>
  new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`it did not answer within ${ms / 1000} seconds`)), ms);
    work.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });

export interface KeychainStoreOptions {
  /** Decides the wording of explanations; defaults to this process's platform. */
  platform?: string;
  service?: string;
  load?: () => Promise<KeychainBackend>;
  timeoutMs?: number;
}

/**
 * The OS keychain through @github/keytar: Keychain on macOS, Credential Manager on Windows, the
 * Secret Service on Linux. keytar throws when the keychain cannot be reached (on Linux, any D-Bus
 * error); every such failure becomes an `unavailable` error carrying the explanation.
 */
export const createKeychainStore = ({
  platform = process.platform,
  service = keychainService,
  load = loadKeytar,
  timeoutMs = defaultTimeoutMs,
}: KeychainStoreOptions = {}): SecretStore => {
  let backend: Promise<KeychainBackend> | undefined;
  const keychain = (): Promise<KeychainBackend> => (backend ??= load());

  const use = async <T>(work: (keytar: KeychainBackend) => Promise<T>): Promise<T> => {
    try {
      return await work(await keychain());
    } catch (error) {
      throw AppError.of('unavailable', unavailableExplanation(platform, error));
    }
  };

  return {
    get: (accountId) => use(async (keytar) => (await keytar.getPassword(service, accountId)) ?? undefined),
    set: (accountId, secret) => use((keytar) => keytar.setPassword(service, accountId, secret)),
    delete: (accountId) => use((keytar) => keytar.deletePassword(service, accountId)),
    availability: async (): Promise<KeychainAvailability> => {
      try {
        await withTimeout(
          keychain().then((keytar) => keytar.getPassword(service, probeAccount)),
          timeoutMs,
        );
        return { available: true };
      } catch (error) {
        return { available: false, explanation: unavailableExplanation(platform, error) };
      }
    },
  };
};
