import type { QueryClient } from '@tanstack/react-query';
import { trackedActionQueries } from './queries';

/**
 * After the panel started work: the tracked-actions query is asked again at once, so the new action's
 * bar appears and polling starts with it. The query stays the cache's only writer.
 */
export const noteStartedAction = (queryClient: QueryClient): void => void queryClient.invalidateQueries({ queryKey: trackedActionQueries.tracked().queryKey });
