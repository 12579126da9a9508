import { queryOptions, useQuery, type QueryClient } from '@tanstack/react-query';
import type { TrackedResourceType } from '../../shared/action-types';
import { imageQueries } from '../catalog/queries';
import { dropletQueries } from '../features/droplets/queries';

/** A droplet or image DigitalOcean answered 404 for, as the panel last knew it. */
export interface GoneResource {
  id: number;
  /** The name a list or pane had for it; null when nothing on screen ever named it. */
  name: string | null;
  /** ISO 8601: when the panel found it gone (not when it was deleted, which DigitalOcean no longer says). */
  goneAt: string;
}

export type GoneResources = Readonly<Record<number, GoneResource>>;

const none: GoneResources = {};

/**
 * What this account has lost, per resource type. It is server state (what DigitalOcean answered), so
 * it lives in the query cache beside the lists it was taken out of, and an account switch drops it with
 * them; a UI store would outlive the account. No request fills it: the query function hands back what
 * the cache already holds, so a refetch of everything never forgets a tombstone.
 */
export const goneQueries = {
  all: () => ['gone'] as const,
  of: (type: TrackedResourceType) =>
    queryOptions({
      queryKey: [...goneQueries.all(), type] as const,
      queryFn: ({ client, queryKey }) => client.getQueryData<GoneResources>(queryKey) ?? none,
      initialData: none,
      staleTime: Infinity,
      gcTime: Infinity,
    }),
};

const listsOf = (type: TrackedResourceType) => (type === 'droplet' ? dropletQueries.lists() : imageQueries.lists());

const detailOf = (type: TrackedResourceType, id: number) => (type === 'droplet' ? dropletQueries.detail(id).queryKey : imageQueries.detail(id).queryKey);

/** The name the cache last had: the pane's description, else any list's row. */
const cachedName = (queryClient: QueryClient, type: TrackedResourceType, id: number): string | null => {
  const detail = queryClient.getQueryData<{ name?: string | null }>(detailOf(type, id));
  if (detail?.name) return detail.name;
  for (const [, rows] of queryClient.getQueriesData<{ id: number; name: string }[]>({ queryKey: listsOf(type) })) {
    const row = rows?.find((one) => one.id === id);
    if (row) return row.name;
  }
  return null;
};

/**
 * Records a 404 and takes the resource out of every cached list at once, so no view offers actions on
 * something that no longer exists. The first sighting's time is kept; `name` is what the caller knew it
 * by, used when nothing cached names it.
 */
export const markGone = (queryClient: QueryClient, type: TrackedResourceType, id: number, name: string | null = null, now: Date = new Date()): void => {
  const key = goneQueries.of(type).queryKey;
  const known = queryClient.getQueryData<GoneResources>(key) ?? none;
  if (known[id] === undefined) {
    const entry: GoneResource = { id, name: cachedName(queryClient, type, id) ?? name, goneAt: now.toISOString() };
    queryClient.setQueryData<GoneResources>(key, { ...known, [id]: entry });
  }
  queryClient.setQueriesData<{ id: number }[]>({ queryKey: listsOf(type) }, (rows) =>
    rows?.some((row) => row.id === id) ? rows.filter((row) => row.id !== id) : rows,
  );
};

/** The tombstone of this droplet or image, when DigitalOcean has answered 404 for it. */
export const useGone = (type: TrackedResourceType, id: number): GoneResource | undefined =>
  useQuery({ ...goneQueries.of(type), select: (gone) => gone[id] }).data;
