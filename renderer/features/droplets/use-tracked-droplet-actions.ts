import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo } from 'react';
import type { InFlightAction } from '../../../shared/action-types';
import { bridge } from '../../bridge';
import { trackedActionQueries } from './queries';

/**
 * The actions running on droplets, by droplet id. The tracker's `actions.progress` push seeds the
 * query, so polling (every 2 s, only while something runs) starts as soon as an action does.
 */
export const useTrackedDropletActions = (): ReadonlyMap<number, InFlightAction> => {
  const queryClient = useQueryClient();
  const { data } = useQuery(trackedActionQueries.tracked());

  useEffect(
    () => bridge.on('actions.progress', ({ actions }) => queryClient.setQueryData(trackedActionQueries.tracked().queryKey, actions)),
    [queryClient],
  );

  return useMemo(() => {
    const byDroplet = new Map<number, InFlightAction>();
    for (const action of data ?? []) if (action.resource.type === 'droplet') byDroplet.set(action.resource.id, action);
    return byDroplet;
  }, [data]);
};
