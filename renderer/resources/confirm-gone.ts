import type { QueryClient } from '@tanstack/react-query';
import type { TrackedResourceType } from '../../shared/action-types';
import { imageQueries } from '../catalog/queries';
import { dropletQueries } from '../features/droplets/queries';
import { markGone } from './gone';
import { isNotFound } from './not-found';

const describe = (queryClient: QueryClient, type: TrackedResourceType, id: number): Promise<unknown> =>
  type === 'droplet'
    ? queryClient.fetchQuery({ ...dropletQueries.detail(id), staleTime: 0 })
    : queryClient.fetchQuery({ ...imageQueries.detail(id), staleTime: 0 });

/**
 * An action refused with 404 may be about something else it names (an image, a kernel), so the
 * resource itself is asked for by id: only its own 404 makes it gone.
 */
export const confirmGone = async (queryClient: QueryClient, type: TrackedResourceType, id: number): Promise<void> => {
  try {
    await describe(queryClient, type, id);
  } catch (error) {
    if (isNotFound(error)) markGone(queryClient, type, id);
  }
};
