import type { QueryClient } from '@tanstack/react-query';
import type { ActionSettled, TrackedResource } from '../../shared/action-types';
import { hasImageId } from '../../shared/image-rows';
import { imageQueries } from '../catalog/queries';
import { dropletQueries } from '../features/droplets/queries';
import { trackedActionQueries } from '../tracking/queries';
import { markGone } from './gone';
import { isNotFound } from './not-found';
import { patchDroplet } from './patch-droplet';
import { patchImage } from './patch-image';

/** The droplet's own small queries a settled action can change; only the ones on screen are fetched again. */
const dropletParts = (id: number) => [dropletQueries.history(id), dropletQueries.snapshots(id), dropletQueries.backups(id), dropletQueries.backupPolicy(id)];

const refreshDroplet = async (queryClient: QueryClient, resource: TrackedResource): Promise<void> => {
  try {
    // Also what the detail pane shows: one request serves the pane and every list.
    patchDroplet(queryClient, await queryClient.fetchQuery({ ...dropletQueries.detail(resource.id), staleTime: 0 }));
  } catch (error) {
    // Anything but a 404 leaves the lists as they were: they still say what was last known.
    if (isNotFound(error)) markGone(queryClient, 'droplet', resource.id, resource.name);
    return;
  }
  for (const part of dropletParts(resource.id)) void queryClient.invalidateQueries({ queryKey: part.queryKey, exact: true });
};

const refreshImage = async (queryClient: QueryClient, resource: TrackedResource): Promise<void> => {
  try {
    const image = await queryClient.fetchQuery({ ...imageQueries.detail(resource.id), staleTime: 0 });
    if (hasImageId(image)) patchImage(queryClient, image);
  } catch (error) {
    if (isNotFound(error)) markGone(queryClient, 'image', resource.id, resource.name);
    return;
  }
  void queryClient.invalidateQueries({ queryKey: imageQueries.history(resource.id).queryKey, exact: true });
};

/**
 * What a batch of settled actions changed, asked of DigitalOcean by id: each resource once, however
 * often it settled in the batch, and never a whole list (a 2,500-droplet list is 13 requests). The
 * account's history pages cost a request each, so they are only marked stale for their next showing.
 */
export const refreshSettled = async (queryClient: QueryClient, settles: readonly ActionSettled[]): Promise<void> => {
  void queryClient.invalidateQueries({ queryKey: [...trackedActionQueries.all(), 'history'], refetchType: 'none' });
  const resources = new Map(settles.map(({ resource }) => [`${resource.type}:${resource.id}`, resource]));
  await Promise.all([...resources.values()].map((resource) => (resource.type === 'droplet' ? refreshDroplet(queryClient, resource) : refreshImage(queryClient, resource))));
};
