import type { FetchQueryOptions, QueryClient, QueryKey } from '@tanstack/react-query';
import type { ActionSettled, TrackedResource } from '../../shared/action-types';
import type { Droplet } from '../../shared/do-types';
import { hasImageId } from '../../shared/image-rows';
import type { ImageRow } from '../../shared/image-types';
import { imageQueries, type ImageFilter } from '../catalog/queries';
import { dropletQueries } from '../features/droplets/queries';
import { trackedActionQueries } from '../tracking/queries';
import { visibly } from '../bridge/read-query';
import { markGone } from './gone';
import { isNotFound } from './not-found';
import { patchDroplet } from './patch-droplet';
import { patchImage } from './patch-image';

/**
 * A part some view on screen shows is fetched again now, at `visible` priority; one nothing shows is
 * only marked stale, for its next showing.
 */
const refreshIfShown = <T, K extends QueryKey>(queryClient: QueryClient, part: FetchQueryOptions<T, Error, T, K>): void => {
  const shown = queryClient.getQueryCache().find({ queryKey: part.queryKey, exact: true })?.isActive() ?? false;
  if (shown) void queryClient.fetchQuery({ ...part, ...visibly }).catch(() => undefined);
  else void queryClient.invalidateQueries({ queryKey: part.queryKey, exact: true, refetchType: 'none' });
};

const refreshImage = async (queryClient: QueryClient, id: number, name: string | null): Promise<void> => {
  try {
    const image = await queryClient.fetchQuery({ ...imageQueries.detail(id), ...visibly });
    if (hasImageId(image)) patchImage(queryClient, image);
  } catch (error) {
    if (isNotFound(error)) markGone(queryClient, 'image', id, name);
    return;
  }
  refreshIfShown(queryClient, imageQueries.history(id));
};

const heldImageIds = (queryClient: QueryClient): Set<number> =>
  new Set(queryClient.getQueriesData<ImageRow[]>({ queryKey: imageQueries.lists() }).flatMap(([, rows]) => (rows ?? []).map((row) => row.id)));

/**
 * A snapshot that completed added an image: the droplet's `snapshot_ids`, in the answer already asked
 * for, say which, and only that image is fetched and added to the account's image lists. Nothing is
 * asked when no such list is cached: the Images view loads its list when it opens.
 */
const addNewSnapshots = async (queryClient: QueryClient, droplet: Droplet): Promise<void> => {
  const ownLists = queryClient.getQueriesData<ImageRow[]>({ queryKey: imageQueries.lists(), predicate: (query) => (query.queryKey[2] as ImageFilter).private === true });
  if (!ownLists.some(([, rows]) => rows !== undefined)) return;
  const held = heldImageIds(queryClient);
  const added = droplet.snapshot_ids.filter((id) => !held.has(id));
  await Promise.all(added.map((id) => refreshImage(queryClient, id, null)));
};

const refreshDroplet = async (queryClient: QueryClient, resource: TrackedResource, tookSnapshot: boolean): Promise<void> => {
  let droplet: Droplet;
  try {
    // Also what the detail pane shows: one request serves the pane and every list.
    droplet = await queryClient.fetchQuery({ ...dropletQueries.detail(resource.id), ...visibly });
    patchDroplet(queryClient, droplet);
  } catch (error) {
    // Anything but a 404 leaves the lists as they were: they still say what was last known.
    if (isNotFound(error)) markGone(queryClient, 'droplet', resource.id, resource.name);
    return;
  }
  // The droplet's own small queries a settled action can change.
  refreshIfShown(queryClient, dropletQueries.history(resource.id));
  refreshIfShown(queryClient, dropletQueries.snapshots(resource.id));
  refreshIfShown(queryClient, dropletQueries.backups(resource.id));
  refreshIfShown(queryClient, dropletQueries.backupPolicy(resource.id));
  if (tookSnapshot) await addNewSnapshots(queryClient, droplet);
};

/**
 * One droplet or image changed by the user's own request (tagged, renamed): asked for by id and
 * patched into every list and pane, as a settle is, instead of reloading the lists.
 */
export const refreshResource = (queryClient: QueryClient, resource: TrackedResource): Promise<void> =>
  resource.type === 'droplet' ? refreshDroplet(queryClient, resource, false) : refreshImage(queryClient, resource.id, resource.name);

const tookSnapshot = (settled: ActionSettled): boolean =>
  settled.resource.type === 'droplet' && settled.action.type === 'snapshot' && settled.outcome === 'completed';

/**
 * What a batch of settled actions changed, asked of DigitalOcean by id: each resource once, however
 * often it settled in the batch, and never a whole list (a 2,500-droplet list is 13 requests). The
 * account's history pages cost a request each, so they are only marked stale for their next showing.
 */
export const refreshSettled = async (queryClient: QueryClient, settles: readonly ActionSettled[]): Promise<void> => {
  void queryClient.invalidateQueries({ queryKey: [...trackedActionQueries.all(), 'history'], refetchType: 'none' });
  const resources = new Map(settles.map(({ resource }) => [`${resource.type}:${resource.id}`, resource]));
  const snapshotted = new Set(settles.filter(tookSnapshot).map(({ resource }) => resource.id));
  await Promise.all(
    [...resources.values()].map((resource) =>
      resource.type === 'droplet' ? refreshDroplet(queryClient, resource, snapshotted.has(resource.id)) : refreshImage(queryClient, resource.id, resource.name),
    ),
  );
};
