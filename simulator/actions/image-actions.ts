import { findRegion } from '../catalogue/regions';
import { forbidden, unprocessable } from '../errors';
import type { ActionRecord, ImageRecord } from '../state';
import type { World } from '../world';
import { modelSeconds } from './durations';

type Body = Record<string, unknown>;

const transfer = (world: World, image: ImageRecord, body: Body): ActionRecord => {
  if (body.region === undefined || body.region === null || body.region === '') throw unprocessable('Region is required to transfer an image.');
  const region = typeof body.region === 'string' ? findRegion(body.region) : undefined;
  if (!region || !region.available) throw unprocessable(`You specified an invalid region: ${JSON.stringify(body.region)}.`);
  if (image.regions.includes(region.slug)) throw unprocessable(`Image is already available in ${region.slug}.`);
  return world.engine.begin({
    type: 'transfer',
    resourceType: 'image',
    resourceId: image.id,
    regionSlug: region.slug,
    seconds: modelSeconds('transfer', image.sizeGigabytes ?? 2),
    locks: true,
    complete: () => {
      if (!image.regions.includes(region.slug)) image.regions = [...image.regions, region.slug];
    },
  });
};

/** Converting turns a backup into a snapshot, which outlives the Droplet's backup rotation. */
const convert = (world: World, image: ImageRecord): ActionRecord => {
  if (image.type !== 'backup') throw unprocessable('Only backups can be converted to snapshots.');
  return world.engine.begin({
    type: 'convert',
    resourceType: 'image',
    resourceId: image.id,
    regionSlug: image.regions[0] ?? null,
    seconds: modelSeconds('convert', image.sizeGigabytes ?? 2),
    locks: true,
    complete: () => {
      image.type = 'snapshot';
      const droplet = image.dropletId === null ? undefined : world.store.droplets.get(image.dropletId);
      if (!droplet) return;
      droplet.backupIds = droplet.backupIds.filter((id) => id !== image.id);
      droplet.snapshotIds = [...droplet.snapshotIds, image.id];
    },
  });
};

const IMAGE_ACTION_TYPES = ['convert', 'transfer'] as const;

export const runImageAction = (world: World, image: ImageRecord, body: Body): ActionRecord => {
  if (image.public) throw forbidden('Public images cannot be changed.');
  if (body.type === undefined || body.type === null || body.type === '') throw unprocessable('Action type is required.');
  if (!(IMAGE_ACTION_TYPES as readonly unknown[]).includes(body.type)) {
    throw unprocessable(`${JSON.stringify(body.type)} is not a valid action type. Valid types: ${IMAGE_ACTION_TYPES.join(', ')}.`);
  }
  if (image.status !== 'available') throw unprocessable(`Image is ${image.status}, not available.`);
  if (world.engine.inProgress('image', image.id)) throw unprocessable('Image already has a pending event.');
  return body.type === 'transfer' ? transfer(world, image, body) : convert(world, image);
};
