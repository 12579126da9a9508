import { associatedResources, retryDestroy, startDestroy } from '../domain/destroy-jobs';
import { badRequest, notFound, unprocessable } from '../errors';
import type { Route, RouteRequest } from '../router';
import type { DestroyedItem, DestroyJob } from '../state';
import { iso } from '../time';
import type { World } from '../world';
import { bodyObject, findDroplet, pathId } from './helpers';

const accepted = () => ({ status: 202 });

const itemView = (item: DestroyedItem) => ({
  id: item.id,
  name: item.name,
  ...(item.destroyedAt === null ? {} : { destroyed_at: iso(item.destroyedAt) }),
  ...(item.errorMessage ? { error_message: item.errorMessage } : {}),
});

const statusView = (job: DestroyJob) => ({
  droplet: itemView(job.droplet),
  resources: { reserved_ips: [], floating_ips: [], snapshots: job.snapshots.map(itemView), volumes: [], volume_snapshots: [] },
  ...(job.completedAt === null ? {} : { completed_at: iso(job.completedAt) }),
  failures: job.failures,
});

/** The chosen snapshot ids; the account has no volumes or reserved IPs, so naming any is an error. */
const readSelection = (request: RouteRequest): string[] => {
  const body = bodyObject(request);
  const lists: Record<string, string[]> = {};
  for (const key of ['reserved_ips', 'floating_ips', 'snapshots', 'volumes', 'volume_snapshots']) {
    const value = body[key] ?? [];
    if (!Array.isArray(value) || !value.every((id) => typeof id === 'string')) throw unprocessable(`${key} must be an array of id strings.`);
    lists[key] = value as string[];
  }
  const others = [...(lists.reserved_ips ?? []), ...(lists.floating_ips ?? []), ...(lists.volumes ?? []), ...(lists.volume_snapshots ?? [])];
  if (others.length > 0) throw unprocessable(`Not associated with this Droplet: ${others.join(', ')}.`);
  return lists.snapshots ?? [];
};

const findJob = (world: World, request: RouteRequest): { id: number; job: DestroyJob } => {
  const id = pathId(request, 'droplet_id');
  const job = world.store.destroyJobs.get(id);
  if (!job) throw notFound();
  return { id, job };
};

export const destroyAssociatedRoutes = (world: World): Route[] => [
  {
    method: 'GET',
    path: '/v2/droplets/{droplet_id}/destroy_with_associated_resources',
    handle: (request) => ({ status: 200, body: associatedResources(world, findDroplet(world, request)) }),
  },
  {
    method: 'DELETE',
    path: '/v2/droplets/{droplet_id}/destroy_with_associated_resources/selective',
    handle: (request) => {
      const droplet = findDroplet(world, request);
      startDestroy(world, droplet, readSelection(request));
      return accepted();
    },
  },
  {
    // Everything goes, so the client must say it means it.
    method: 'DELETE',
    path: '/v2/droplets/{droplet_id}/destroy_with_associated_resources/dangerous',
    handle: (request) => {
      const droplet = findDroplet(world, request);
      if (String(request.headers['x-dangerous']).toLowerCase() !== 'true') throw badRequest('The X-Dangerous header must be set to true to destroy a Droplet with all its associated resources.');
      startDestroy(world, droplet, 'all');
      return accepted();
    },
  },
  {
    method: 'GET',
    path: '/v2/droplets/{droplet_id}/destroy_with_associated_resources/status',
    handle: (request) => ({ status: 200, body: statusView(findJob(world, request).job) }),
  },
  {
    method: 'POST',
    path: '/v2/droplets/{droplet_id}/destroy_with_associated_resources/retry',
    handle: (request) => {
      const { id, job } = findJob(world, request);
      retryDestroy(world, id, job);
      return accepted();
    },
  },
];
