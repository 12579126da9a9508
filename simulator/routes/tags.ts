import { deleteTag, ensureTag, isValidTagName, tagDroplet, tagImage, untagDroplet, untagImage } from '../domain/tags';
import { ApiError, notFound, unprocessable } from '../errors';
import type { Route, RouteRequest } from '../router';
import type { DropletRecord, ImageRecord, TagRecord } from '../state';
import { tagView } from '../views/tag';
import type { World } from '../world';
import { bodyObject, listReply, noContent, ok } from './helpers';

/**
 * The spec declares a different error shape for a bad tag, `{error, messages, root_causes}` (FACTS.md §4).
 * We send it together with the usual `{id, message}`, so the body satisfies the declared schema and any
 * client that reads DigitalOcean errors the usual way.
 */
const badTagName = (name: unknown): ApiError => {
  const message = `invalid tag name ${JSON.stringify(name ?? '')}: tags may contain letters, numbers, colons, dashes and underscores, up to 255 characters`;
  return new ApiError(400, 'bad_request', message, {}, { error: message, messages: null, root_causes: [message] });
};

/** Tag names are case-stable: the URL must use the spelling the tag was created with. */
const findTag = (world: World, request: RouteRequest): TagRecord => {
  const name = request.params.tag_id ?? '';
  const tag = world.store.findTag(name);
  if (!tag || tag.name !== name) throw notFound();
  return tag;
};

type Target = { kind: 'droplet'; droplet: DropletRecord } | { kind: 'image'; image: ImageRecord };

/** Resolves every resource first, so a bad entry changes nothing. */
const readTargets = (world: World, request: RouteRequest): Target[] => {
  const resources = bodyObject(request).resources;
  if (!Array.isArray(resources) || resources.length === 0) throw unprocessable('resources must be a non-empty array.');
  return resources.map((entry: unknown): Target => {
    const { resource_id: id, resource_type: type } = (entry ?? {}) as Record<string, unknown>;
    if (typeof id !== 'string' || id === '') throw unprocessable('Each resource needs a resource_id string.');
    if (type !== 'droplet' && type !== 'image' && type !== 'volume' && type !== 'volume_snapshot') {
      throw unprocessable('resource_type must be droplet, image, volume or volume_snapshot.');
    }
    const numeric = /^\d{1,15}$/.test(id) ? Number(id) : undefined;
    if (type === 'droplet') {
      const droplet = numeric === undefined ? undefined : world.store.droplets.get(numeric);
      if (droplet) return { kind: 'droplet', droplet };
    }
    if (type === 'image') {
      const image = numeric === undefined ? undefined : world.store.images.get(numeric);
      if (image?.public) throw unprocessable('Public images cannot be tagged.');
      if (image) return { kind: 'image', image };
    }
    throw notFound(`The ${type} ${id} could not be found.`);
  });
};

export const tagRoutes = (world: World): Route[] => [
  { method: 'GET', path: '/v2/tags', handle: (request) => listReply(request, 'tags', [...world.store.tags.values()], (tag) => tagView(tag, request.baseUrl)) },
  {
    // Creating a tag that exists answers with it, in its original spelling.
    method: 'POST',
    path: '/v2/tags',
    handle: (request) => {
      const name = bodyObject(request).name;
      if (!isValidTagName(name)) throw badTagName(name);
      return ok({ tag: tagView(ensureTag(world.store, name), request.baseUrl) }, 201);
    },
  },
  { method: 'GET', path: '/v2/tags/{tag_id}', handle: (request) => ok({ tag: tagView(findTag(world, request), request.baseUrl) }) },
  {
    method: 'DELETE',
    path: '/v2/tags/{tag_id}',
    handle: (request) => {
      deleteTag(world.store, findTag(world, request));
      return noContent();
    },
  },
  {
    method: 'POST',
    path: '/v2/tags/{tag_id}/resources',
    handle: (request) => {
      const tag = findTag(world, request);
      for (const target of readTargets(world, request)) {
        if (target.kind === 'droplet') tagDroplet(tag, target.droplet);
        else tagImage(tag, target.image);
      }
      return noContent();
    },
  },
  {
    method: 'DELETE',
    path: '/v2/tags/{tag_id}/resources',
    handle: (request) => {
      const tag = findTag(world, request);
      for (const target of readTargets(world, request)) {
        if (target.kind === 'droplet') untagDroplet(tag, target.droplet);
        else untagImage(tag, target.image);
      }
      return noContent();
    },
  },
];
