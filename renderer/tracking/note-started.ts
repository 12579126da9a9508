import type { QueryClient } from '@tanstack/react-query';
import type { InFlightAction } from '../../shared/action-types';
import { trackedActionQueries } from './queries';

/**
 * Shows an action the panel just started at once (its progress bar appears before the next poll) and
 * asks the tracker again, so polling starts with it. Null: it had already ended when DigitalOcean answered.
 */
export const noteStartedAction = (queryClient: QueryClient, tracked: InFlightAction | null): void => {
  if (tracked !== null) {
    queryClient.setQueryData<InFlightAction[]>(trackedActionQueries.tracked().queryKey, (actions = []) => [
      ...actions.filter((action) => action.key !== tracked.key),
      tracked,
    ]);
  }
  void queryClient.invalidateQueries({ queryKey: trackedActionQueries.tracked().queryKey });
};
