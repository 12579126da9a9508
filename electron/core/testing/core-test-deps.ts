import type { CoreOptions } from '../services';
import type { FetchAccount } from '../accounts/fetch-account';
import { AppError } from '../errors';
import { createMemorySettingsStore } from '../settings-store';
import { createMemorySecretStore } from '../vault/memory-store';

/** A token in DigitalOcean's format (`dop_v1_` and 64 hex digits), so redaction applies to it as to a real one. */
export const fakeToken = (seed: number): string => `dop_v1_${seed.toString(16).padStart(8, '0').repeat(8)}`;

interface AccountBody {
  account: { email: string; uuid: string; droplet_limit: number; status: string; team?: { name: string } | null };
}

/**
 * The tests' stand-in for the DigitalOcean client's getAccount: `GET /v2/account` with fetch, against
 * an in-process simulator, failing the way the client does (an AppError with the API's message).
 */
export const fetchAccountWithFetch: FetchAccount = async ({ baseUrl, token }) => {
  const response = await fetch(`${baseUrl}/v2/account`, { headers: { Authorization: `Bearer ${token}` } });
  if (!response.ok) {
    const body = (await response.json()) as { message: string; request_id: string };
    const kind = response.status === 401 ? 'unauthorized' : 'server';
    throw AppError.of(kind, body.message, { status: response.status, requestId: body.request_id });
  }
  const { account } = (await response.json()) as AccountBody;
  return {
    email: account.email,
    uuid: account.uuid,
    dropletLimit: account.droplet_limit,
    status: account.status,
    ...(account.team ? { team: account.team.name } : {}),
  };
};

/** createCore's dependencies for tests that do not exercise accounts: memory stores and no network. */
export const offlineCoreDeps = (): Pick<CoreOptions, 'secrets' | 'settings' | 'fetchAccount' | 'startDemo'> => ({
  secrets: createMemorySecretStore(),
  settings: createMemorySettingsStore(),
  fetchAccount: () => Promise.reject(new Error('this test has no DigitalOcean API')),
  startDemo: () => Promise.reject(new Error('this test has no demo API')),
});
