import { queryOptions } from '@tanstack/react-query';
import { call } from '../../bridge/call';

/**
 * Query keys and options for accounts, generic to specific: invalidating `accountQueries.all()`
 * refreshes everything that depends on which account is current.
 */
export const accountQueries = {
  all: () => ['accounts'] as const,
  /** The account every view works with, if any. */
  current: () =>
    queryOptions({
      queryKey: [...accountQueries.all(), 'current'] as const,
      queryFn: () => call('accounts.current', {}),
      // The main side pushes `account.changed` whenever this changes, so there is no reason to poll.
      staleTime: 5 * 60_000,
    }),
  /** Every account with its status, and whether the keychain can take a new token. */
  list: () =>
    queryOptions({
      queryKey: [...accountQueries.all(), 'list'] as const,
      queryFn: () => call('accounts.list', {}),
      // Changes arrive as `account.changed`; the keychain's availability is asked again on each change.
      staleTime: 5 * 60_000,
    }),
};
