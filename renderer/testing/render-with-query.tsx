import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';

/** Renders one component with a query client of its own, for components that read the cache. */
export const renderWithQuery = (ui: ReactElement, queryClient = new QueryClient()) => ({
  queryClient,
  ...render(<QueryClientProvider client={queryClient}>{ui}</QueryClientProvider>),
});
