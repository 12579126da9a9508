import { queryOptions } from '@tanstack/react-query';
import { call } from '../../bridge/call';

export const appQueries = {
  all: () => ['app'] as const,
  info: () =>
    queryOptions({
      queryKey: [...appQueries.all(), 'info'] as const,
      queryFn: () => call('app.info', {}),
      // Name, version and runtime cannot change while the app runs.
      staleTime: Infinity,
    }),
};
