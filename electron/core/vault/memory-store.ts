import type { SecretStore } from './secret-store';

/** Secrets held in this process only, gone when it ends: tests, and session-only accounts. */
export const createMemorySecretStore = (): SecretStore => {
  const secrets = new Map<string, string>();
  return {
    get: async (accountId) => secrets.get(accountId),
    set: async (accountId, secret) => void secrets.set(accountId, secret),
    delete: async (accountId) => secrets.delete(accountId),
    availability: async () => ({ available: true }),
  };
};
