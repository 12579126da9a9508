import type { QueryClient, QueryKey } from '@tanstack/react-query';
import { markGone } from './gone';
import { isNotFound } from './not-found';

/**
 * Called by the query cache for every failed query: a droplet's or image's own description answered
 * 404 (a pane opened from Activity, a settle's refetch) means it is gone, wherever it was asked from.
 */
export const noteNotFound = (queryClient: QueryClient, error: unknown, queryKey: QueryKey): void => {
  const [root, part, id] = queryKey;
  if (!isNotFound(error) || queryKey.length !== 3 || part !== 'detail' || typeof id !== 'number') return;
  if (root === 'droplets') markGone(queryClient, 'droplet', id);
  else if (root === 'images') markGone(queryClient, 'image', id);
};
