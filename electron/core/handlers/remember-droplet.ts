import type { Droplet } from '../../../shared/do-types';
import type { ResourceNames } from '../resource-names';

/** So the tracker can name an action on this Droplet started elsewhere, and size a snapshot's estimate by its disk. */
export const rememberDroplet = (names: ResourceNames, droplet: Droplet): void =>
  names.remember('droplet', droplet.id, { resourceName: droplet.name, sizeGigabytes: droplet.disk });
