import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { RequestOf } from '../../../shared/contract';
import { call } from '../../bridge/call';
import { confirmGone } from '../../resources/confirm-gone';
import { markGone } from '../../resources/gone';
import { isNotFound } from '../../resources/not-found';
import { refreshResource } from '../../resources/refresh-settled';
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

/**
 * Deletes a droplet: it leaves every list at once and is remembered as gone, so a link to it (from
 * Activity) opens its tombstone. No list is asked again: the delete is the only change.
 */
export const useDeleteDroplet = (id: number) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => call('droplets.delete', { id }),
    onSuccess: () => markGone(queryClient, 'droplet', id),
    // Already deleted elsewhere: the same outcome, once DigitalOcean confirms the droplet is gone.
    onError: (error) => {
      if (isNotFound(error)) void confirmGone(queryClient, 'droplet', id);
    },
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
    // The droplet is asked for by id and patched into every list: a whole list is 13 requests at 2,500.
    onSettled: () => Promise.all([refreshResource(queryClient, { type: 'droplet', id, name: '' }), queryClient.invalidateQueries({ queryKey: tagQueries.all() })]),
  });
};

/** Takes a tag off the droplet (the tag itself stays on the account). */
export const useUntagDroplet = (id: number) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (name: string) => call('tags.untagResources', { name, resources: [{ resource_id: String(id), resource_type: 'droplet' }] }),
    // The droplet is asked for by id and patched into every list: a whole list is 13 requests at 2,500.
    onSettled: () => Promise.all([refreshResource(queryClient, { type: 'droplet', id, name: '' }), queryClient.invalidateQueries({ queryKey: tagQueries.all() })]),
  });
};
