import { useQueryClient } from '@tanstack/react-query';
import type { InFlightAction, SettledAction } from '../../shared/action-types';
import { advanceProgress } from '../../shared/actions/estimate';
import { useNow } from '../components/use-now';
import { trackedActionQueries } from './queries';

/**
 * Running work as it stands now: the tracker's last report moved on by the local clock, so elapsed and
 * time-left text tick every second between polls without asking the main side. Settled work is as it
 * ended, and work whose status is unconfirmed stays as last reported: ticking it on would claim
 * progress nobody saw. Only the component showing the work re-renders each second.
 */
export const useLiveAction = <A extends InFlightAction | SettledAction>(action: A): A => {
  const live = action.status === 'in-progress' && action.unconfirmedSince === undefined;
  const now = useNow(1_000, live);
  const reportedAt = useQueryClient().getQueryState(trackedActionQueries.tracked().queryKey)?.dataUpdatedAt ?? 0;
  if (action.status !== 'in-progress' || action.unconfirmedSince !== undefined || reportedAt === 0) return action;
  const since = Math.max(0, now - reportedAt);
  return { ...action, elapsedMs: action.elapsedMs + since, progress: advanceProgress(action.progress, action.elapsedMs, since) };
};
