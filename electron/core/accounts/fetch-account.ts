import type { FileSizeProbe } from '../file-size';
import { createDoClient, type DoClientOptions } from '../do-client';

/** Where to reach the API and as whom. */
export interface ApiCredentials {
  baseUrl: string;
  token: string;
  /** Where the sizes of files to import are asked, when not of the files' own hosts (the demo's simulated ones). */
  fileSize?: FileSizeProbe;
}

/** What the accounts service learns about the account a token belongs to. */
export interface AccountFacts {
  email: string;
  team?: string;
  dropletLimit: number;
  status: string;
  uuid: string;
}

/** Asks DigitalOcean who a token belongs to; failures are `AppError`s with the API's own message. */
export type FetchAccount = (credentials: ApiCredentials) => Promise<AccountFacts>;

/** The client settings a token check shares with every other request (fetch, log; tests add sleep). */
export type FetchAccountOptions = Omit<DoClientOptions, 'baseUrl' | 'token'>;

/**
 * `GET {baseUrl}/v2/account` through the DigitalOcean client, for a token that is not an account yet:
 * the same timeouts, retries and error mapping as every other request, with a client of its own so a
 * token under test never touches an existing account's rate budget.
 */
export const createFetchAccount =
  (options: FetchAccountOptions): FetchAccount =>
  async ({ baseUrl, token }) => {
    const account = await createDoClient({ ...options, baseUrl, token: () => token }).account.get();
    return {
      email: account.email,
      uuid: account.uuid,
      dropletLimit: account.droplet_limit,
      status: account.status,
      ...(account.team?.name ? { team: account.team.name } : {}),
    };
  };
