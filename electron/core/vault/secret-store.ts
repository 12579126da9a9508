import type { KeychainAvailability } from '../../../shared/account-types';

/**
 * Where account tokens are kept, one entry per account id. The OS keychain in the app and in
 * browser mode; memory in tests and for session-only accounts. Callers never log what `get` returns.
 */
export interface SecretStore {
  /** The token, or undefined when there is no entry for that account. */
  get(accountId: string): Promise<string | undefined>;
  set(accountId: string, secret: string): Promise<void>;
  /** True when an entry was there to delete. */
  delete(accountId: string): Promise<boolean>;
  /** Whether the store can be used now; when not, a plain explanation of why and what to do. */
  availability(): Promise<KeychainAvailability>;
}
