import type { DropletActionRequest } from '../../../shared/requests/droplet-actions';
import type { DoClient } from '../do-client';
import type { RememberedResource, ResourceNames } from '../resource-names';
import type { TrackContext } from '../tracker/action-tracker';
import { latestSnapshotId, rememberDroplet } from './remember-droplet';
import { imageSize, rememberedSnapshotSize, snapshotSize } from './work-size';

/** The Droplet's name, disk and newest snapshot: from what the panel last listed, else from DigitalOcean. */
const describeDroplet = async (client: DoClient, names: ResourceNames, id: number): Promise<RememberedResource> => {
  const known = names.describe({ resource_type: 'droplet', resource_id: id });
  if (known) return known;
  const droplet = await client.droplets.get(id);
  rememberDroplet(names, droplet);
  const latest = latestSnapshotId(droplet);
  return { resourceName: droplet.name, sizeGigabytes: droplet.disk, ...(latest === undefined ? {} : { latestSnapshotId: latest }) };
};

export interface ContextOptions {
  /**
   * Whether a size the panel does not know yet may be asked for (one request, as part of the click).
   * A bulk send asks for none: it sizes from memory, else says the estimate is an upper bound.
   */
  askForSizes?: boolean;
}

/**
 * What the tracker needs to name an action and estimate it, looked up before the action is sent: a
 * failed lookup then costs nothing, while a failure after the POST could tempt a retry of a write.
 * Only work that scales with data gets a size, the one the catalogue says drives it: the data a
 * snapshot copies (its newest earlier snapshot's size, else the disk as an upper bound), the new disk
 * for a disk resize, the backup for a restore, the image for a rebuild.
 */
export const dropletActionContext = async (
  client: DoClient,
  names: ResourceNames,
  id: number,
  action: DropletActionRequest,
  { askForSizes = true }: ContextOptions = {},
): Promise<TrackContext> => {
  const droplet = await describeDroplet(client, names, id);
  const { resourceName } = droplet;
  switch (action.type) {
    case 'snapshot':
      return { resourceName, ...(askForSizes ? await snapshotSize(client, names, droplet) : rememberedSnapshotSize(names, droplet)) };
    case 'resize': {
      if (!action.disk) return { resourceName, diskResize: false };
      const size = (await client.sizes.listAll()).find((candidate) => candidate.slug === action.size);
      return { resourceName, diskResize: true, sizeGigabytes: size?.disk };
    }
    case 'restore': {
      const backup = (await client.droplets.backupsAll(id)).find((candidate) => candidate.id === action.image);
      return { resourceName, sizeGigabytes: backup?.size_gigabytes };
    }
    case 'rebuild': {
      const size = askForSizes ? await imageSize(client, names, action.image) : undefined;
      return size === undefined ? { resourceName } : { resourceName, sizeGigabytes: size };
    }
    default:
      return { resourceName };
  }
};
