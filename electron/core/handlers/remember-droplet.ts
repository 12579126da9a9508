import type { Droplet } from '../../../shared/do-types';
import type { ResourceNames } from '../resource-names';

/** The newest of a Droplet's snapshots: ids grow with time. */
export const latestSnapshotId = (droplet: Pick<Droplet, 'snapshot_ids'>): number | undefined =>
  droplet.snapshot_ids?.length ? Math.max(...droplet.snapshot_ids) : undefined;

/**
 * So the tracker can name an action on this Droplet started elsewhere, and size its estimate: by the
 * disk, and for a snapshot by its newest earlier snapshot.
 */
export const rememberDroplet = (names: ResourceNames, droplet: Droplet): void => {
  const latest = latestSnapshotId(droplet);
  names.remember('droplet', droplet.id, { resourceName: droplet.name, sizeGigabytes: droplet.disk, ...(latest === undefined ? {} : { latestSnapshotId: latest }) });
};
