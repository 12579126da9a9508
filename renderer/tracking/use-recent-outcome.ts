import { useQuery } from '@tanstack/react-query';
import type { SettledAction, TrackedResourceType } from '../../shared/action-types';
import { useNow } from '../components/use-now';
import { trackedActionQueries } from './queries';

/** How long a finished action's outcome stays beside its resource. */
export const recentOutcomeMs = 10 * 60_000;

/**
 * How the latest tracked action on a resource ended, while it is recent: a detail pane shows the bar
 * at done (or failed, with the reason) instead of dropping it the moment the work ends.
 */
export const useRecentOutcome = (type: TrackedResourceType, id: number): SettledAction | undefined => {
  const { data } = useQuery(trackedActionQueries.recent());
  const now = useNow(30_000);
  const latest = data?.find((settled) => settled.resource.type === type && settled.resource.id === id);
  if (latest === undefined || now - Date.parse(latest.action.completedAt) > recentOutcomeMs) return undefined;
  return latest.action;
};
