import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { RequestOf } from '../../../../shared/contract';
import type { DropletRow } from '../../../../shared/droplet-types';
import { call } from '../../../bridge/call';
import { noteStartedAction } from '../../../tracking/note-started';
import { dropletQueries } from '../queries';

export type CreateDropletsRequest = RequestOf<'droplets.create'>;

/** A list filtered by tag (`{ tagName }` in its key) gets only the rows that carry the tag. */
const listTag = (queryKey: readonly unknown[]): string | null => {
  const filter = queryKey[2] as { tagName?: string | null } | undefined;
  return filter?.tagName ?? null;
};

/** The new rows join every cached list at once, ahead of the next poll. */
const insertRows = (queryClient: QueryClient, created: readonly DropletRow[]): void => {
  for (const [queryKey, rows] of queryClient.getQueriesData<DropletRow[]>({ queryKey: dropletQueries.lists() })) {
    if (rows === undefined) continue;
    const tag = listTag(queryKey);
    const fresh = created.filter((row) => (tag === null || row.tags.includes(tag)) && !rows.some((existing) => existing.id === row.id));
    if (fresh.length > 0) queryClient.setQueryData<DropletRow[]>(queryKey, [...rows, ...fresh]);
  }
};

/**
 * Creates droplets, once: a create that failed on the way back may still have reached DigitalOcean,
 * and a second one would build the droplets twice. The rows and their create progress show at once.
 */
export const useCreateDroplets = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: CreateDropletsRequest) => call('droplets.create', request),
    onSuccess: ({ droplets }) => {
      insertRows(queryClient, droplets);
      noteStartedAction(queryClient);
    },
  });
};
