import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { InFlightAction, TrackedResourceType } from '../../shared/action-types';
import { trackedActionQueries } from './queries';

const none: readonly InFlightAction[] = [];

/**
 * Every action in flight on the current account, as the tracker sees it: the one tracked-actions
 * query, its only feeder. It polls while something runs and stops once nothing does; the app shell
 * asks it to refetch at once when the main side pushes progress, so no component subscribes itself.
 */
export const useTrackedActions = (): readonly InFlightAction[] => useQuery(trackedActionQueries.tracked()).data ?? none;

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
