import type { AccountsService } from './accounts/accounts-service';
import { createDoClient, type DoClient } from './do-client';
import { AppError } from './errors';
import { createFileSizeProbe, type FileSizeProbe } from './file-size';
import type { Logger } from './log';

/** The DigitalOcean client of whichever account is active. */
export interface ApiSessions {
  /** The active account's client; an `unauthorized` AppError when no account is active. */
  client(): Promise<DoClient>;
  /**
   * The size in bytes of the file at an import URL, asked of its host (the demo's simulated hosts for
   * the demo account); undefined when it does not say. Never an error, never a DigitalOcean request.
   */
  fileSize(url: string): Promise<number | undefined>;
}

export interface ApiSessionsOptions {
  accounts: AccountsService;
  fetch: typeof fetch;
  log: Logger;
  /** Every 429 any account's client meets, with the time until the API takes requests again. */
  onRateLimited: (retryInMs: number) => void;
  /** After every request attempt of any account's client: whether DigitalOcean answered. */
  onReachable?: (reachable: boolean) => void;
  /** How file sizes are asked of their hosts; a HEAD (or first byte) through `fetch` unless given. */
  fileSize?: FileSizeProbe;
}

export const noAccountMessage = 'No DigitalOcean account is connected. Add a token or try the demo account in Accounts.';

/**
 * One client (and so one rate governor) per account: requests, pollers and lists of the same token
 * share its budget, and switching accounts never spends one account's budget on another.
 */
export const createApiSessions = ({ accounts, fetch, log, onRateLimited, onReachable, fileSize }: ApiSessionsOptions): ApiSessions => {
  const clients = new Map<string, DoClient>();
  const probe = fileSize ?? createFileSizeProbe(fetch);
  return {
    async fileSize(url) {
      const credentials = await accounts.activeCredentials().catch(() => undefined);
      return (credentials?.fileSize ?? probe)(url).catch(() => undefined);
    },
    async client() {
      const credentials = await accounts.activeCredentials();
      if (!credentials) throw AppError.of('unauthorized', noAccountMessage);
      const key = `${credentials.accountId}\n${credentials.baseUrl}`;
      let client = clients.get(key);
      if (!client) {
        client = createDoClient({
          baseUrl: credentials.baseUrl,
          token: () => credentials.token,
          fetch,
          log: log.child(credentials.accountId),
          onRateLimited,
          ...(onReachable ? { onReachable } : {}),
        });
        clients.set(key, client);
      }
      return client;
    },
  };
};
