/*
 * Accounts as the renderer sees them: who, where the token is kept, and whether it can be used.
 * A token never appears in any of these types.
 */

/** A saved personal access token, the built-in demo, or `DIGITALOCEAN_ACCESS_TOKEN`. */
export type AccountKind = 'token' | 'demo' | 'environment';

/** Where an account's token is kept: the OS keychain, memory until the panel quits, or nowhere (demo). */
export type TokenStorage = 'keychain' | 'session' | 'none';

/** Where the renderer may ask a new account's token to be kept. */
export const requestableStorages = ['keychain', 'session'] as const;
export type RequestableStorage = (typeof requestableStorages)[number];

/** Whether an account can be used right now, and if not, why. */
export type AccountHealth = 'ok' | 'token-missing' | 'keychain-unavailable';

/** The OS keychain, reachable or not; when not, what happened and what the user can do. */
export type KeychainAvailability = { available: true } | { available: false; explanation: string };

/** What DigitalOcean says about the account a token belongs to (`GET /v2/account`). */
export interface AccountSummary {
  email: string;
  team?: string;
  dropletLimit: number;
}

/** One account in the list. The summary fields are known for saved tokens, and for the others once used. */
export interface Account extends Partial<AccountSummary> {
  id: string;
  name: string;
  kind: AccountKind;
  storage: TokenStorage;
  /** ISO 8601; for accounts added with a token. */
  addedAt?: string;
  status: AccountHealth;
  active: boolean;
}

/** An account whose summary is known, as `accounts.add` and `accounts.current` answer. */
export type DescribedAccount = Account & AccountSummary;

/** Every account, which one is active, and whether new tokens can go to the keychain. */
export interface AccountList {
  accounts: Account[];
  activeId: string | null;
  keychain: KeychainAvailability;
}

/** The account every view works with, if any. */
export type CurrentAccount =
  | {
      state: 'none';
      /** `DIGITALOCEAN_ACCESS_TOKEN` is set where the main side runs (offered as an account). */
      environmentTokenAvailable: boolean;
    }
  | { state: 'active'; account: DescribedAccount };
