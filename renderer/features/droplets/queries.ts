import { queryOptions } from '@tanstack/react-query';
import { readQuery } from '../../bridge/read-query';
import { withLastKnown } from '../../resources/last-known';
import { streamedList } from '../../resources/streamed-list';

/**
 * Query keys and options for droplets, generic to specific: `['droplets', 'list', …]` the lists a
 * settled action patches in place, `['droplets', 'detail', id]` everything about one droplet (what it
 * refetches by id).
 */
export const dropletQueries = {
  all: () => ['droplets'] as const,
  lists: () => [...dropletQueries.all(), 'list'] as const,
  /**
   * The account's droplets as rows, shown page by page as they arrive; with a tag, only those carrying it (DigitalOcean filters). The
   * whole list starts from the last-known one, when one was kept, until the fresh one arrives.
   */
  list: (tagName: string | null) =>
    queryOptions({
      queryKey: [...dropletQueries.lists(), { tagName }] as const,
      queryFn: withLastKnown(tagName === null ? { list: 'droplets' } : null, streamedList('droplets', tagName === null ? {} : { tagName })),
    }),
  details: () => [...dropletQueries.all(), 'detail'] as const,
  /** One droplet as DigitalOcean describes it. */
  detail: (id: number) =>
    queryOptions({
      queryKey: [...dropletQueries.details(), id] as const,
      queryFn: readQuery('droplets.get', { id }),
    }),
  snapshots: (id: number) =>
    queryOptions({
      queryKey: [...dropletQueries.details(), id, 'snapshots'] as const,
      queryFn: readQuery('droplets.snapshots', { id }),
    }),
  backups: (id: number) =>
    queryOptions({
      queryKey: [...dropletQueries.details(), id, 'backups'] as const,
      queryFn: readQuery('droplets.backups', { id }),
    }),
  kernels: (id: number) =>
    queryOptions({
      queryKey: [...dropletQueries.details(), id, 'kernels'] as const,
      queryFn: readQuery('droplets.kernels', { id }),
      // The kernels on offer change with DigitalOcean's releases, not with anything done here.
      staleTime: 10 * 60_000,
    }),
  neighbors: (id: number) =>
    queryOptions({
      queryKey: [...dropletQueries.details(), id, 'neighbors'] as const,
      queryFn: readQuery('droplets.neighbors', { id }),
    }),
  /** When its backups run (plan, weekday, the hour that starts the window). */
  backupPolicy: (id: number) =>
    queryOptions({
      queryKey: [...dropletQueries.details(), id, 'backup-policy'] as const,
      queryFn: readQuery('droplets.backupPolicy', { id }),
    }),
  /** What would outlive the droplet if it were deleted alone, with monthly costs. */
  associatedResources: (id: number) =>
    queryOptions({
      queryKey: [...dropletQueries.details(), id, 'associated-resources'] as const,
      queryFn: readQuery('droplets.associatedResources', { id }),
    }),
  /** The droplet's actions, newest first. */
  history: (id: number) =>
    queryOptions({
      queryKey: [...dropletQueries.details(), id, 'history'] as const,
      queryFn: readQuery('droplets.actions', { id }),
    }),
};

/** The account's tags, for the tag filter. */
export const tagQueries = {
  all: () => ['tags'] as const,
  list: () =>
    queryOptions({
      queryKey: [...tagQueries.all(), 'list'] as const,
      queryFn: readQuery('tags.list', {}),
      staleTime: 5 * 60_000,
    }),
};
