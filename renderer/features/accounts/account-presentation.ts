import type { Account, AccountHealth } from '../../../shared/account-types';

/** Where an account's token is kept, in two or three words. */
export const tokenPlace = (account: Pick<Account, 'kind' | 'storage'>): string => {
  if (account.kind === 'demo') return 'None (demo)';
  if (account.kind === 'environment') return 'Environment variable';
  return account.storage === 'keychain' ? 'Keychain' : 'Session only';
};

/** Whether the account can be used, in the user's terms. */
export const healthLabels: Readonly<Record<AccountHealth, string>> = {
  ok: 'Ready',
  'token-missing': 'Token missing from the keychain',
  'keychain-unavailable': 'Keychain unavailable',
};

/** One line under an account's name: who DigitalOcean says it is, or what it is until it has been used. */
export const accountDetail = (account: Account): string => {
  if (account.email !== undefined) return account.team === undefined ? account.email : `${account.email} · ${account.team}`;
  if (account.kind === 'demo') return 'A sample account on the built-in simulator';
  if (account.kind === 'environment') return 'From the environment the panel was started in';
  return 'Not checked yet';
};
