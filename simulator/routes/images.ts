import { findRegion } from '../catalogue/regions';
import { findImage, importCustomImage, normalizeDistribution, removeImage } from '../domain/images';
import { ensureTag, isValidTagName, tagImage } from '../domain/tags';
import { forbidden, notFound, unprocessable } from '../errors';
import type { Route, RouteRequest } from '../router';
import type { ImageRecord } from '../state';
import { imageView } from '../views/image';
import type { World } from '../world';
import { bodyObject, findImageById, listReply, noContent, ok } from './helpers';

/** `type` picks public distributions or 1-Click applications, `private=true` the account's own images. */
const filterImages = (world: World, request: RouteRequest): ImageRecord[] => {
  const type = request.query.get('type');
  if (type !== null && type !== 'distribution' && type !== 'application') throw unprocessable('type must be distribution or application.');
  const privateOnly = request.query.get('private') === 'true';
  const tagName = request.query.get('tag_name');
  const tag = tagName === null ? undefined : world.store.findTag(tagName);
  if (tagName !== null && !tag) return [];
  return [...world.store.images.values()].filter(
    (image) => (type === null || image.kind === type) && (!privateOnly || !image.public) && (!tag || tag.images.has(image.id)),
  );
};

const requiredString = (body: Record<string, unknown>, key: string, label: string): string => {
  const value = body[key];
  if (value === undefined || value === null || value === '') throw unprocessable(`${label} is required.`);
  if (typeof value !== 'string') throw unprocessable(`${key} must be a string.`);
  return value;
};

const optionalString = (body: Record<string, unknown>, key: string): string | undefined => {
  const value = body[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw unprocessable(`${key} must be a string.`);
  return value;
};

const readUrl = (raw: string): URL => {
  try {
    const url = new URL(raw);
    if (url.protocol === 'http:' || url.protocol === 'https:') return url;
  } catch {
    // Reported below, with the other unusable URLs.
  }
  throw unprocessable(`url must be an http or https URL: ${JSON.stringify(raw)}.`);
};

/** Public images belong to DigitalOcean: readable by everyone, changeable by no one. */
const ownImage = (world: World, request: RouteRequest): ImageRecord => {
  const image = findImageById(world, request);
  if (image.public) throw forbidden('Public images cannot be changed or deleted.');
  return image;
};

export const imageRoutes = (world: World): Route[] => [
  { method: 'GET', path: '/v2/images', handle: (request) => listReply(request, 'images', filterImages(world, request), imageView) },
  {
    method: 'POST',
    path: '/v2/images',
    handle: (request) => {
      const body = bodyObject(request);
      const name = requiredString(body, 'name', 'Name');
      const url = readUrl(requiredString(body, 'url', 'URL'));
      const regionSlug = requiredString(body, 'region', 'Region');
      const region = findRegion(regionSlug);
      if (!region || !region.available) throw unprocessable(`You specified an invalid region: ${JSON.stringify(regionSlug)}.`);
      const tags = body.tags ?? [];
      if (!Array.isArray(tags) || !tags.every(isValidTagName)) throw unprocessable('tags must be an array of valid tag names.');
      const image = importCustomImage(world, {
        name,
        url,
        region: region.slug,
        distribution: normalizeDistribution(body.distribution),
        description: optionalString(body, 'description') ?? '',
      });
      for (const tag of tags) tagImage(ensureTag(world.store, tag), image);
      return ok({ image: imageView(image) }, 202);
    },
  },
  {
    // Public images by id or slug; private ones by id only (FACTS.md §1).
    method: 'GET',
    path: '/v2/images/{image_id}',
    handle: (request) => {
      const image = findImage(world.store, request.params.image_id);
      if (!image) throw notFound();
      return ok({ image: imageView(image) });
    },
  },
  {
    method: 'PUT',
    path: '/v2/images/{image_id}',
    handle: (request) => {
      const image = ownImage(world, request);
      const body = bodyObject(request);
      const name = optionalString(body, 'name');
      if (name === '') throw unprocessable('Name cannot be empty.');
      const description = optionalString(body, 'description');
      if (name !== undefined) image.name = name;
      // Only custom images take a description and a distribution; on snapshots and backups they are ignored.
      if (image.type === 'custom') {
        if (description !== undefined) image.description = description;
        if (body.distribution !== undefined && body.distribution !== null) image.distribution = normalizeDistribution(body.distribution);
      }
      return ok({ image: imageView(image) });
    },
  },
  {
    method: 'DELETE',
    path: '/v2/images/{image_id}',
    handle: (request) => {
      removeImage(world, ownImage(world, request));
      return noContent();
    },
  },
];
