import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { RequestOf } from '../../../shared/contract';
import type { DropletRow } from '../../../shared/droplet-types';
import { call } from '../../bridge/call';
import { noteStartedAction } from '../../tracking/note-started';
import { dropletQueries } from './queries';

export type DropletActionRequest = RequestOf<'droplets.runAction'>['action'];

/**
 * Starts an action on a droplet, once (mutations never retry: the POST may have reached DigitalOcean).
 * The tracker's answer shows at once and the tracker is asked again, so polling starts with the action.
 */
export const useRunDropletAction = (id: number) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (action: DropletActionRequest) => call('droplets.runAction', { id, action }),
    onSuccess: ({ tracked }) => noteStartedAction(queryClient, tracked),
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
