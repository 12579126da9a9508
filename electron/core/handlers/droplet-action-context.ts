import type { DropletActionRequest } from '../../../shared/requests/droplet-actions';
import type { DoClient } from '../do-client';
import type { ResourceNames } from '../resource-names';
import type { TrackContext } from '../tracker/action-tracker';
import { rememberDroplet } from './remember-droplet';

/** The Droplet's name and disk: from what the panel last listed, else from DigitalOcean. */
const describeDroplet = async (client: DoClient, names: ResourceNames, id: number): Promise<TrackContext> => {
  const known = names.describe({ resource_type: 'droplet', resource_id: id });
  if (known) return known;
  const droplet = await client.droplets.get(id);
  rememberDroplet(names, droplet);
  return { resourceName: droplet.name, sizeGigabytes: droplet.disk };
};

/**
 * What the tracker needs to name an action and estimate it, looked up before the action is sent: a
 * failed lookup then costs nothing, while a failure after the POST could tempt a retry of a write.
 * Only work that scales with data gets a size: the disk for a snapshot, the new disk for a disk
 * resize, the backup for a restore.
 */
export const dropletActionContext = async (
  client: DoClient,
  names: ResourceNames,
  id: number,
  action: DropletActionRequest,
): Promise<TrackContext> => {
  const { resourceName, sizeGigabytes: disk } = await describeDroplet(client, names, id);
  switch (action.type) {
    case 'snapshot':
      return { resourceName, sizeGigabytes: disk };
    case 'resize': {
      if (!action.disk) return { resourceName, diskResize: false };
      const size = (await client.sizes.listAll()).find((candidate) => candidate.slug === action.size);
      return { resourceName, diskResize: true, sizeGigabytes: size?.disk };
    }
    case 'restore': {
      const backup = (await client.droplets.backupsAll(id)).find((candidate) => candidate.id === action.image);
      return { resourceName, sizeGigabytes: backup?.size_gigabytes };
    }
    default:
      return { resourceName };
  }
};
