import { queryOptions } from '@tanstack/react-query';
import type { InFlightAction } from '../../shared/action-types';
import { call } from '../bridge/call';

/** While an action runs, how often its tracked progress is asked of the main side (no API request). */
export const trackedPollMs = 2_000;

/** Polls only while something runs: the tracker's list is empty once every action has settled. */
export const trackedRefetchInterval = (data: readonly InFlightAction[] | undefined): number | false =>
  data !== undefined && data.length > 0 ? trackedPollMs : false;

/** The tracker's actions in flight; answered by the main side without an API request. */
export const trackedActionQueries = {
  all: () => ['actions'] as const,
  tracked: () =>
    queryOptions({
      queryKey: [...trackedActionQueries.all(), 'tracked'] as const,
      queryFn: () => call('actions.tracked', {}),
      staleTime: 0,
      refetchInterval: (query) => trackedRefetchInterval(query.state.data),
    }),
  /** What settled lately on this account, from the main side's memory (no API request); refreshed as work ends. */
  recent: () =>
    queryOptions({
      queryKey: [...trackedActionQueries.all(), 'recent'] as const,
      queryFn: () => call('actions.recent', {}),
      staleTime: 0,
    }),
};
