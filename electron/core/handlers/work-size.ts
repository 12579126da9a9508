import { actionDuration } from '../../../shared/actions/catalogue';
import type { DoClient } from '../do-client';
import type { RememberedResource, ResourceNames } from '../resource-names';
import type { TrackContext } from '../tracker/action-tracker';
import type { ApiAction } from '../tracker/tracker-client';
import { identified } from './image-rows';
import { latestSnapshotId, rememberDroplet } from './remember-droplet';
import { rememberImage } from './remember-images';

/** What sizes a snapshot's estimate: the data it copies, or the disk as an upper bound. */
export type SnapshotSize = Pick<TrackContext, 'sizeGigabytes' | 'upperBound'>;

const positive = (value: number | null | undefined): number | undefined => (typeof value === 'number' && value > 0 ? value : undefined);

/** With no earlier snapshot to say how much data the Droplet holds, its disk is the most a snapshot can copy. */
const diskBound = (droplet: RememberedResource): SnapshotSize =>
  droplet.sizeGigabytes === undefined ? {} : { sizeGigabytes: droplet.sizeGigabytes, upperBound: true };

/** A snapshot's size from what the panel already knows: its newest earlier snapshot's size, else the disk as an upper bound. */
export const rememberedSnapshotSize = (names: ResourceNames, droplet: RememberedResource): SnapshotSize => {
  const latest = droplet.latestSnapshotId;
  const known = latest === undefined ? undefined : positive(names.describe({ resource_type: 'image', resource_id: latest })?.sizeGigabytes);
  return known === undefined ? diskBound(droplet) : { sizeGigabytes: known };
};

/**
 * A snapshot's size at the user's click: the newest earlier snapshot's `size_gigabytes` (asked for
 * once, as part of the click, when the panel does not know it yet), else the disk as an upper bound.
 * A failed lookup only costs the estimate its precision, never the action.
 */
export const snapshotSize = async (client: DoClient, names: ResourceNames, droplet: RememberedResource): Promise<SnapshotSize> => {
  const remembered = rememberedSnapshotSize(names, droplet);
  if (!remembered.upperBound || droplet.latestSnapshotId === undefined) return remembered;
  try {
    const image = identified(await client.images.get(droplet.latestSnapshotId));
    rememberImage(names, image);
    const size = positive(image.size_gigabytes);
    return size === undefined ? remembered : { sizeGigabytes: size };
  } catch {
    return remembered;
  }
};

/** An image's size for a rebuild: from what the panel knows, else asked once; unknown when that fails. */
export const imageSize = async (client: DoClient, names: ResourceNames, ref: number | string): Promise<number | undefined> => {
  const known = typeof ref === 'number' ? positive(names.describe({ resource_type: 'image', resource_id: ref })?.sizeGigabytes) : undefined;
  if (known !== undefined) return known;
  try {
    const image = await client.images.get(ref);
    if (typeof image.id === 'number') rememberImage(names, identified(image));
    return positive(image.size_gigabytes);
  } catch {
    return undefined;
  }
};

/**
 * What the tracker needs of an action the panel did not start, from memory only (it runs inside a
 * poll): the resource's name, and the size its kind is driven by where the panel knows it. A Droplet's
 * remembered size is its disk: right for disk-driven work, an upper bound for a snapshot, and no
 * measure at all of an image's size for a restore or rebuild.
 */
export const adoptedContext = (names: ResourceNames, action: Pick<ApiAction, 'type' | 'resource_type' | 'resource_id'>): TrackContext | undefined => {
  const remembered = names.describe(action);
  if (!remembered) return undefined;
  if (action.resource_type !== 'droplet') return { resourceName: remembered.resourceName, ...(remembered.sizeGigabytes === undefined ? {} : { sizeGigabytes: remembered.sizeGigabytes }) };
  const driver = actionDuration(action.type ?? '').drivenBy;
  if (driver === 'data-gb') return { resourceName: remembered.resourceName, ...rememberedSnapshotSize(names, remembered) };
  if (driver === 'disk-gb' && remembered.sizeGigabytes !== undefined) return { resourceName: remembered.resourceName, sizeGigabytes: remembered.sizeGigabytes };
  return { resourceName: remembered.resourceName };
};

const background = { priority: 'background' } as const;

/**
 * The data a completed snapshot copied: the size of the snapshot it made (the Droplet's newest), read
 * at background priority. For a Droplet's first snapshot, which was estimated on its disk as an upper
 * bound, so the account still learns from it. Undefined when it cannot be told.
 */
export const measuredSnapshotSize = async (client: DoClient, names: ResourceNames, dropletId: number): Promise<number | undefined> => {
  const droplet = await client.droplets.get(dropletId, background);
  rememberDroplet(names, droplet);
  const latest = latestSnapshotId(droplet);
  if (latest === undefined) return undefined;
  const image = identified(await client.images.get(latest, background));
  rememberImage(names, image);
  return positive(image.size_gigabytes);
};
