import { QueryClientProvider } from '@tanstack/react-query';
import { TooltipProvider } from '@radix-ui/react-tooltip';
import { useState, type ReactNode } from 'react';
import { createQueryClient } from './query-client';
import { useDocumentTheme } from './use-document-theme';

/** Everything the app needs above its first screen: server state, tooltips, and the theme. */
export const Providers = ({ children }: { children: ReactNode }) => {
  // One client per mounted app, so each test render starts with an empty cache.
  const [queryClient] = useState(createQueryClient);
  useDocumentTheme();

  return (
    <QueryClientProvider client={queryClient}>
      <TooltipProvider delayDuration={500} skipDelayDuration={300}>
        {children}
      </TooltipProvider>
    </QueryClientProvider>
  );
};
