import { queryOptions } from '@tanstack/react-query';
import { call } from '../../bridge/call';

/**
 * Query keys and options for accounts, generic to specific: invalidating `accountQueries.all()`
 * refreshes everything that depends on which account is current.
 */
export const accountQueries = {
  all: () => ['accounts'] as const,
  status: () =>
    queryOptions({
      queryKey: [...accountQueries.all(), 'status'] as const,
      queryFn: () => call('account.status', {}),
      // The main side pushes `account.changed` whenever this changes, so there is no reason to poll.
      staleTime: 5 * 60_000,
    }),
};
