import { QueryCache, QueryClient } from '@tanstack/react-query';
import { BridgeError } from '../bridge/call';
import { noteNotFound } from '../resources/note-not-found';

const maxNetworkRetries = 2;

/**
 * Only a network failure is worth retrying on its own: anything else (an invalid token, a missing
 * droplet, a rate limit) will fail the same way again, and each retry spends the API budget.
 */
export const shouldRetryQuery = (failureCount: number, error: Error): boolean =>
  failureCount < maxNetworkRetries && error instanceof BridgeError && error.detail.kind === 'network';

export const createQueryClient = (): QueryClient => {
  // A 404 for one droplet or image, whichever view asked, makes it a tombstone everywhere.
  const queryCache = new QueryCache({ onError: (error, query) => noteNotFound(queryClient, error, query.queryKey) });
  const queryClient: QueryClient = new QueryClient({
    queryCache,
    defaultOptions: {
      queries: {
        retry: shouldRetryQuery,
        // Switching windows is constant on a desktop; refetching on each focus would spend the
        // rate limit on nothing. Fresh data arrives through events and explicit refreshes, and a
        // focus refreshes only lists over two minutes old, at `visible` priority (use-window-visibility.ts).
        refetchOnWindowFocus: false,
        staleTime: 30_000,
        // The bridge talks to our own main side, which is reachable offline and reports network
        // trouble itself; pausing queries on `navigator.onLine` would hide that answer.
        networkMode: 'always',
      },
      mutations: {
        // A POST may have reached DigitalOcean before it failed: repeating it could act twice.
        retry: false,
        networkMode: 'always',
      },
    },
  });
  return queryClient;
};
