import type { Snapshot } from '../../../shared/do-types';
import type { ResourceNames } from '../resource-names';
import { imageName, type IdentifiedImage } from './image-rows';

/** So the tracker can name an action on this image started elsewhere, and size its estimate. */
export const rememberImage = (names: ResourceNames, image: IdentifiedImage): void =>
  names.remember('image', image.id, { resourceName: imageName(image), sizeGigabytes: image.size_gigabytes ?? undefined });

/** A Droplet snapshot is an image (its id a number in a string); volume snapshots have no image actions to name. */
export const rememberSnapshot = (names: ResourceNames, snapshot: Snapshot): void => {
  if (snapshot.resource_type !== 'droplet' || !/^\d{1,15}$/.test(snapshot.id)) return;
  names.remember('image', Number(snapshot.id), { resourceName: snapshot.name, sizeGigabytes: snapshot.size_gigabytes });
};
