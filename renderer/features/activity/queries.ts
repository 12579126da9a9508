import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { readQuery } from '../../bridge/read-query';
import { trackedActionQueries } from '../../tracking/queries';

/** How many of the account's actions one history page shows. */
export const historyPerPage = 20;

/**
 * Under `['actions']`: as work ends the recent list (no API request) is asked again at once, and the
 * history pages (a request each) are marked stale for their next showing.
 */
export const activityQueries = {
  /** What settled lately on this account, from the main side's memory (no API request). */
  recent: trackedActionQueries.recent,
  /** One page of the account's whole history, newest first: one API request. */
  history: (page: number) =>
    queryOptions({
      queryKey: [...trackedActionQueries.all(), 'history', page] as const,
      queryFn: readQuery('actions.history', { page, perPage: historyPerPage }),
      // The page shown stays while the next one loads, so paging does not blank the table.
      placeholderData: keepPreviousData,
    }),
};
