import { notFound, unprocessable } from '../errors';
import { paginate } from '../pagination';
import type { Reply, RouteRequest } from '../router';
import type { DropletRecord, ImageRecord } from '../state';
import type { World } from '../world';

/** A numeric id from the path. Anything else names nothing: 404, as for an id that does not exist. */
export const pathId = (request: RouteRequest, name: string): number => {
  const raw = request.params[name] ?? '';
  if (!/^\d{1,15}$/.test(raw) || Number(raw) < 1) throw notFound();
  return Number(raw);
};

export const findDroplet = (world: World, request: RouteRequest): DropletRecord => {
  const droplet = world.store.droplets.get(pathId(request, 'droplet_id'));
  if (!droplet) throw notFound();
  return droplet;
};

export const findImageById = (world: World, request: RouteRequest): ImageRecord => {
  const image = world.store.images.get(pathId(request, 'image_id'));
  if (!image) throw notFound();
  return image;
};

/** The request body as an object; a request without one reads as `{}`, so required fields are reported by name. */
export const bodyObject = (request: RouteRequest): Record<string, unknown> => {
  if (request.body === undefined) return {};
  if (typeof request.body !== 'object' || request.body === null || Array.isArray(request.body)) {
    throw unprocessable('The request body must be a JSON object.');
  }
  return request.body as Record<string, unknown>;
};

export const ok = (body: unknown, status = 200): Reply => ({ status, body });

export const noContent = (): Reply => ({ status: 204 });

/** A paginated list under its wrapper key, with `links` and `meta` (FACTS.md §6). */
export const listReply = <T>(request: RouteRequest, key: string, all: readonly T[], view: (item: T) => unknown): Reply => {
  const page = paginate(all, request);
  return ok({ [key]: page.items.map(view), links: page.links, meta: page.meta });
};

export const requiredQuery = (request: RouteRequest, name: string): string => {
  const value = request.query.get(name);
  if (value === null || value === '') throw unprocessable(`The ${name} query parameter is required.`);
  return value;
};
