import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { SettledAction, TrackedResourceType } from '../../shared/action-types';
import { useNow } from '../components/use-now';
import { useFailureDismissed } from '../stores/dismissed-failures-store';
import { trackedActionQueries } from './queries';
import { recentOutcomeMs } from './use-recent-outcome';

/**
 * For a list of one resource type: the resources whose latest tracked action failed, by id, worked
 * out once per list from the tracker's recent list (a query per row cost every keystroke of a
 * search some thirty query observers on 10,000 droplets, bench/ui-list). Not `enabled` (the list
 * has no rows yet), it asks nothing.
 */
export const useRecentFailures = (type: TrackedResourceType, { enabled = true }: { enabled?: boolean } = {}): ReadonlyMap<number, SettledAction> => {
  const { data } = useQuery({ ...trackedActionQueries.recent(), enabled });
  return useMemo(() => {
    const seen = new Set<number>();
    const failed = new Map<number, SettledAction>();
    // Newest first: the first entry for a resource is its latest action.
    for (const settled of data ?? []) {
      if (settled.resource.type !== type || seen.has(settled.resource.id)) continue;
      seen.add(settled.resource.id);
      if (settled.action.status === 'errored') failed.set(settled.resource.id, settled.action);
    }
    return failed;
  }, [data, type]);
};

/** Whether a failure still goes on its row: until the person dismisses it or ten minutes pass. */
export const useFailureShown = (failed: SettledAction): boolean => {
  const dismissed = useFailureDismissed(failed.key);
  // Only a failure still to expire keeps a clock.
  const now = useNow(30_000, !dismissed);
  return !dismissed && now - Date.parse(failed.completedAt) <= recentOutcomeMs;
};
