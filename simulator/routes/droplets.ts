import { kernelsFor } from '../catalogue/images';
import { findSize, isGpu } from '../catalogue/sizes';
import { readCreateRequest } from '../domain/droplet-create';
import { createDroplet, destroyDroplet } from '../domain/droplets';
import { notFound, unprocessable } from '../errors';
import type { Route, RouteRequest } from '../router';
import type { DropletRecord, ImageRecord } from '../state';
import { actionLink } from '../views/action';
import { dropletView } from '../views/droplet';
import { dropletSnapshotView } from '../views/image';
import type { World } from '../world';
import { bodyObject, findDroplet, listReply, noContent, ok, requiredQuery } from './helpers';

const isGpuDroplet = (droplet: DropletRecord): boolean => {
  const size = findSize(droplet.sizeSlug);
  return size !== undefined && isGpu(size);
};

/**
 * `tag_name` cannot be combined with `name` or `type`; `name` is an exact, case-insensitive match;
 * GPU Droplets are listed only with `type=gpus` (FACTS.md §1).
 */
const filterDroplets = (world: World, request: RouteRequest): DropletRecord[] => {
  const tagName = request.query.get('tag_name');
  const name = request.query.get('name');
  const type = request.query.get('type');
  if (tagName !== null && (name !== null || type !== null)) throw unprocessable('tag_name cannot be combined with name or type.');
  if (type !== null && type !== 'droplets' && type !== 'gpus') throw unprocessable('type must be droplets or gpus.');
  if (tagName !== null) {
    const tag = world.store.findTag(tagName);
    return tag ? [...tag.droplets].sort((a, b) => a - b).map((id) => world.store.droplets.get(id) as DropletRecord) : [];
  }
  const wanted = name?.toLowerCase();
  const gpus = type === 'gpus';
  return [...world.store.droplets.values()].filter(
    (droplet) => isGpuDroplet(droplet) === gpus && (wanted === undefined || droplet.name.toLowerCase() === wanted),
  );
};

const imagesOf = (world: World, ids: readonly number[]): ImageRecord[] =>
  ids.map((id) => world.store.images.get(id)).filter((image): image is ImageRecord => image !== undefined);

/** Droplets on the same hypervisor: same region, same host. */
const neighborsOf = (world: World, droplet: DropletRecord): DropletRecord[] =>
  [...world.store.droplets.values()].filter(
    (other) => other.id !== droplet.id && other.regionSlug === droplet.regionSlug && other.hostId === droplet.hostId,
  );

export const dropletRoutes = (world: World): Route[] => [
  {
    method: 'GET',
    path: '/v2/droplets',
    handle: (request) => listReply(request, 'droplets', filterDroplets(world, request), (droplet) => dropletView(world, droplet)),
  },
  {
    method: 'POST',
    path: '/v2/droplets',
    handle: (request) => {
      const create = readCreateRequest(world, bodyObject(request));
      const created = create.names.map((name, index) => createDroplet(world, create.specFor(name, index)));
      const links = { actions: created.map(({ action }) => actionLink(action, request.baseUrl, 'create')) };
      const views = created.map(({ droplet }) => dropletView(world, droplet));
      return ok(create.multiple ? { droplets: views, links } : { droplet: views[0], links }, 202);
    },
  },
  {
    method: 'DELETE',
    path: '/v2/droplets',
    handle: (request) => {
      const tag = world.store.findTag(requiredQuery(request, 'tag_name'));
      if (!tag) throw notFound();
      for (const id of [...tag.droplets]) {
        const droplet = world.store.droplets.get(id);
        if (droplet) destroyDroplet(world, droplet);
      }
      return noContent();
    },
  },
  { method: 'GET', path: '/v2/droplets/{droplet_id}', handle: (request) => ok({ droplet: dropletView(world, findDroplet(world, request)) }) },
  {
    method: 'DELETE',
    path: '/v2/droplets/{droplet_id}',
    handle: (request) => {
      destroyDroplet(world, findDroplet(world, request));
      return noContent();
    },
  },
  {
    method: 'GET',
    path: '/v2/droplets/{droplet_id}/kernels',
    handle: (request) => listReply(request, 'kernels', kernelsFor(findDroplet(world, request).image.distribution), (kernel) => ({ ...kernel })),
  },
  {
    method: 'GET',
    path: '/v2/droplets/{droplet_id}/snapshots',
    handle: (request) => listReply(request, 'snapshots', imagesOf(world, findDroplet(world, request).snapshotIds), dropletSnapshotView),
  },
  {
    method: 'GET',
    path: '/v2/droplets/{droplet_id}/backups',
    handle: (request) => listReply(request, 'backups', imagesOf(world, findDroplet(world, request).backupIds), dropletSnapshotView),
  },
  {
    // The simulated account has no cloud firewalls: every Droplet's list is empty.
    method: 'GET',
    path: '/v2/droplets/{droplet_id}/firewalls',
    handle: (request) => {
      findDroplet(world, request);
      return listReply(request, 'firewalls', [], (firewall) => firewall);
    },
  },
  {
    method: 'GET',
    path: '/v2/droplets/{droplet_id}/neighbors',
    handle: (request) => ok({ droplets: neighborsOf(world, findDroplet(world, request)).map((droplet) => dropletView(world, droplet)) }),
  },
  {
    method: 'GET',
    path: '/v2/reports/droplet_neighbors_ids',
    handle: () => {
      const hosts = new Map<string, number[]>();
      for (const droplet of world.store.droplets.values()) {
        const key = `${droplet.regionSlug}/${droplet.hostId}`;
        const ids = hosts.get(key);
        if (ids) ids.push(droplet.id);
        else hosts.set(key, [droplet.id]);
      }
      return ok({ neighbor_ids: [...hosts.values()].filter((ids) => ids.length > 1) });
    },
  },
];
