import { useQuery } from '@tanstack/react-query';
import type { SettledAction, TrackedResourceType } from '../../shared/action-types';
import { useNow } from '../components/use-now';
import { useFailureDismissed } from '../stores/dismissed-failures-store';
import { trackedActionQueries } from './queries';
import { recentOutcomeMs } from './use-recent-outcome';

/**
 * The latest tracked action on a resource when it failed, for a mark on its list row: until the
 * person dismisses it, a later action on the resource ends, or ten minutes pass.
 */
export const useRecentFailure = (type: TrackedResourceType, id: number): SettledAction | undefined => {
  const { data } = useQuery(trackedActionQueries.recent());
  const latest = data?.find((settled) => settled.resource.type === type && settled.resource.id === id)?.action;
  const failed = latest?.status === 'errored' ? latest : undefined;
  const dismissed = useFailureDismissed(failed?.key);
  // Only a row with a failure to expire keeps a clock.
  const now = useNow(30_000, failed !== undefined && !dismissed);
  if (failed === undefined || dismissed || now - Date.parse(failed.completedAt) > recentOutcomeMs) return undefined;
  return failed;
};
