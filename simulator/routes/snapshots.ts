import { removeImage } from '../domain/images';
import { badRequest, notFound, unprocessable } from '../errors';
import type { Route, RouteRequest } from '../router';
import type { ImageRecord } from '../state';
import { snapshotView } from '../views/image';
import type { World } from '../world';
import { listReply, noContent, ok } from './helpers';

const isSnapshot = (image: ImageRecord): boolean => image.type === 'snapshot' && image.dropletId !== null;

/**
 * A Droplet snapshot by its numeric id. Volume snapshots have UUIDs; this account has no volumes, so
 * those are never found. An image that is not a snapshot is a 400 (FACTS.md §1).
 */
const findSnapshot = (world: World, request: RouteRequest): ImageRecord => {
  const raw = request.params.snapshot_id ?? '';
  const image = /^\d{1,15}$/.test(raw) ? world.store.images.get(Number(raw)) : undefined;
  if (!image) throw notFound();
  if (!isSnapshot(image)) throw badRequest('the resource is not a snapshot');
  return image;
};

export const snapshotRoutes = (world: World): Route[] => [
  {
    method: 'GET',
    path: '/v2/snapshots',
    handle: (request) => {
      const type = request.query.get('resource_type');
      if (type !== null && type !== 'droplet' && type !== 'volume') throw unprocessable('resource_type must be droplet or volume.');
      const snapshots = type === 'volume' ? [] : [...world.store.images.values()].filter(isSnapshot);
      return listReply(request, 'snapshots', snapshots, snapshotView);
    },
  },
  { method: 'GET', path: '/v2/snapshots/{snapshot_id}', handle: (request) => ok({ snapshot: snapshotView(findSnapshot(world, request)) }) },
  {
    method: 'DELETE',
    path: '/v2/snapshots/{snapshot_id}',
    handle: (request) => {
      removeImage(world, findSnapshot(world, request));
      return noContent();
    },
  },
];
