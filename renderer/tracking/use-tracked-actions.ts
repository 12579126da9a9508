import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo } from 'react';
import type { InFlightAction, TrackedResourceType } from '../../shared/action-types';
import { bridge } from '../bridge';
import { trackedActionQueries } from './queries';

const none: readonly InFlightAction[] = [];

/**
 * Every action in flight on the current account, as the tracker sees it. The tracker's
 * `actions.progress` push seeds the query, so polling (every 2 s, only while something runs) starts as
 * soon as an action does, and keeps going whichever screen is open.
 */
export const useTrackedActions = (): readonly InFlightAction[] => {
  const queryClient = useQueryClient();
  const { data } = useQuery(trackedActionQueries.tracked());

  useEffect(
    () => bridge.on('actions.progress', ({ actions }) => queryClient.setQueryData(trackedActionQueries.tracked().queryKey, actions)),
    [queryClient],
  );
  return data ?? none;
};

/** The actions running on one kind of resource, by the resource's id (the latest one wins). */
export const useTrackedByResource = (type: TrackedResourceType): ReadonlyMap<number, InFlightAction> => {
  const actions = useTrackedActions();
  return useMemo(() => {
    const byId = new Map<number, InFlightAction>();
    for (const action of actions) if (action.resource.type === type) byId.set(action.resource.id, action);
    return byId;
  }, [actions, type]);
};

/** The actions running on droplets, by droplet id. */
export const useTrackedDropletActions = (): ReadonlyMap<number, InFlightAction> => useTrackedByResource('droplet');
