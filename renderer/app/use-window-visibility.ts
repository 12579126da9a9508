import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { call } from '../bridge/call';
import { visibly } from '../bridge/read-query';
import { imageQueries } from '../catalog/queries';
import { dropletQueries } from '../features/droplets/queries';
import { trackedActionQueries } from '../tracking/queries';

/** A list on screen last refreshed longer ago than this is asked again when the window is shown or focused. */
export const staleOnFocusMs = 2 * 60_000;

/** The lists a focus refreshes: the droplet and image lists and the account's history pages. */
const focusRefreshed = (): readonly (readonly unknown[])[] => [dropletQueries.lists(), imageQueries.lists(), [...trackedActionQueries.all(), 'history']];

const startsWith = (key: readonly unknown[], prefix: readonly unknown[]): boolean => prefix.every((part, index) => key[index] === part);

/**
 * Refetches, once and at `visible` priority, each list a view on screen shows whose last refresh
 * (or failed attempt) is older than `staleOnFocusMs`; one already being fetched is left to finish.
 * Returns how many it asked for.
 */
export const refreshStaleLists = (queryClient: QueryClient, now: number): number => {
  const prefixes = focusRefreshed();
  const due = queryClient.getQueryCache().findAll({
    type: 'active',
    predicate: (query) =>
      prefixes.some((prefix) => startsWith(query.queryKey, prefix)) &&
      query.state.fetchStatus === 'idle' &&
      now - Math.max(query.state.dataUpdatedAt, query.state.errorUpdatedAt) > staleOnFocusMs,
  });
  for (const query of due) {
    // Its failure shows where the list is, as any failed refresh does.
    void queryClient.fetchQuery({ queryKey: query.queryKey, queryFn: query.options.queryFn, ...visibly }).catch(() => undefined);
  }
  return due.length;
};

/**
 * Tells the main side when the window is hidden or shown (its idle watch slows down while nobody can
 * see it), and refreshes stale lists on screen when the window comes back or regains focus. Mounted
 * once, in the app shell.
 */
export const useWindowVisibility = (): void => {
  const queryClient = useQueryClient();
  useEffect(() => {
    const report = (): void => {
      void call('app.windowVisibility', { hidden: document.hidden }).catch(() => undefined);
      if (!document.hidden) refreshStaleLists(queryClient, Date.now());
    };
    const focused = (): void => void refreshStaleLists(queryClient, Date.now());
    // Said at once, shown or hidden: the window this one replaced (a reload, a navigation) may have
    // told the main side it was hidden as it went away, and nothing else would say otherwise.
    void call('app.windowVisibility', { hidden: document.hidden }).catch(() => undefined);
    document.addEventListener('visibilitychange', report);
    window.addEventListener('focus', focused);
    return () => {
      document.removeEventListener('visibilitychange', report);
      window.removeEventListener('focus', focused);
    };
  }, [queryClient]);
};
