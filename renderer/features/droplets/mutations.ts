import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { RequestOf } from '../../../shared/contract';
import type { DropletRow } from '../../../shared/droplet-types';
import { call } from '../../bridge/call';
import { confirmGone } from '../../resources/confirm-gone';
import { isNotFound } from '../../resources/not-found';
import { noteStartedAction } from '../../tracking/note-started';
import { dropletQueries, tagQueries } from './queries';

export type DropletActionRequest = RequestOf<'droplets.runAction'>['action'];

/**
 * Starts an action on a droplet, once (mutations never retry: the POST may have reached DigitalOcean).
 * The tracker's answer shows at once and the tracker is asked again, so polling starts with the action.
 */
export const useRunDropletAction = (id: number) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (action: DropletActionRequest) => call('droplets.runAction', { id, action }),
    onSuccess: () => noteStartedAction(queryClient),
    // Refused as not found: if the droplet itself is gone, every view shows its tombstone.
    onError: (error) => {
      if (isNotFound(error)) void confirmGone(queryClient, 'droplet', id);
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: dropletQueries.history(id).queryKey }),
  });
};

/** Deletes a droplet; its row leaves every list at once, and the lists are asked again. */
export const useDeleteDroplet = (id: number) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => call('droplets.delete', { id }),
    onSuccess: () => {
      queryClient.setQueriesData<DropletRow[]>({ queryKey: dropletQueries.lists() }, (rows) => rows?.filter((row) => row.id !== id));
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: dropletQueries.lists() }),
  });
};

/**
 * Tags the droplet. DigitalOcean tags only with a tag that exists (404 otherwise), so the tag is
 * created first; creating one that exists answers with it, in its original spelling, which is the one
 * its URL needs.
 */
export const useTagDroplet = (id: number) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (name: string) => {
      const tag = await call('tags.create', { name });
      return call('tags.tagResources', { name: tag.name ?? name, resources: [{ resource_id: String(id), resource_type: 'droplet' }] });
    },
    onSettled: () => Promise.all([queryClient.invalidateQueries({ queryKey: dropletQueries.all() }), queryClient.invalidateQueries({ queryKey: tagQueries.all() })]),
  });
};

/** Takes a tag off the droplet (the tag itself stays on the account). */
export const useUntagDroplet = (id: number) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (name: string) => call('tags.untagResources', { name, resources: [{ resource_id: String(id), resource_type: 'droplet' }] }),
    onSettled: () => Promise.all([queryClient.invalidateQueries({ queryKey: dropletQueries.all() }), queryClient.invalidateQueries({ queryKey: tagQueries.all() })]),
  });
};
