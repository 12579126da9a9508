import { createFetchAccount, type FetchAccount } from '../accounts/fetch-account';
import { createLogger } from '../log';
import type { CoreOptions } from '../services';
import { createMemorySettingsStore } from '../settings-store';
import { createMemorySecretStore } from '../vault/memory-store';

/** A token in DigitalOcean's format (`dop_v1_` and 64 hex digits), so redaction applies to it as to a real one. */
export const fakeToken = (seed: number): string => `dop_v1_${seed.toString(16).padStart(8, '0').repeat(8)}`;

/** The production account check with Node's fetch, for tests against an in-process simulator. */
export const fetchAccountWithFetch: FetchAccount = createFetchAccount({ log: createLogger('test', { sink: () => undefined }) });

/** createCore's dependencies for tests that do not exercise accounts: memory stores and no network. */
export const offlineCoreDeps = (): Pick<CoreOptions, 'secrets' | 'settings' | 'fetch' | 'startDemo'> => ({
  secrets: createMemorySecretStore(),
  settings: createMemorySettingsStore(),
  fetch: () => Promise.reject(new TypeError('this test has no DigitalOcean API')),
  startDemo: () => Promise.reject(new Error('this test has no demo API')),
});
