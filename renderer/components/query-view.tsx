import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { panelErrorOf } from '../bridge/panel-error-of';
import { ErrorState } from './error-state';

export interface QueryViewProps<T> {
  query: UseQueryResult<T>;
  /** Announced while loading, e.g. "Loading account". */
  loadingLabel: string;
  /** A placeholder shaped like the content. */
  loading: ReactNode;
  /** Heading of the error state, e.g. "Couldn't load the account". */
  errorTitle: string;
  children: (data: T) => ReactNode;
}

/**
 * The three faces of one query: a placeholder, an error with Retry, or the data. Data already shown
 * stays on screen when a background refresh fails, rather than being swapped for an error.
 */
export const QueryView = <T,>({ query, loadingLabel, loading, errorTitle, children }: QueryViewProps<T>) => {
  if (query.data !== undefined) return children(query.data);
  if (query.isError) {
    return (
      <ErrorState
        title={errorTitle}
        error={panelErrorOf(query.error)}
        onRetry={() => void query.refetch()}
        retrying={query.isFetching}
      />
    );
  }
  return (
    <div role="status" aria-busy="true">
      <span className="visually-hidden">{loadingLabel}</span>
      {loading}
    </div>
  );
};
