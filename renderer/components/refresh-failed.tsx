import type { UseQueryResult } from '@tanstack/react-query';
import { panelErrorOf } from '../bridge/panel-error-of';
import { errorReason } from '../format/error-reason';
import { formatMoment } from '../format/format-date';
import { StaleNotice } from './stale-notice';

export interface RefreshFailedProps {
  /** Any query whose data is on screen: a list, a pane, Activity's sections. */
  query: Pick<UseQueryResult<unknown>, 'isRefetchError' | 'error' | 'dataUpdatedAt' | 'isFetching' | 'refetch'>;
  className?: string;
}

/**
 * Says that what is on screen is older than a failed attempt to refresh it, so stale data is never
 * taken for current: when it dates from, why the refresh failed (DigitalOcean's own message and
 * request id for support), and a way to try again. Nothing while the data is the latest answer.
 */
export const RefreshFailed = ({ query, className }: RefreshFailedProps) => {
  // Refetch error: the last attempt failed while data from an earlier one is still shown.
  if (!query.isRefetchError || query.error === null) return null;
  const error = panelErrorOf(query.error);
  return (
    <StaleNotice
      summary={`Couldn’t refresh — showing data from ${formatMoment(query.dataUpdatedAt)} (${errorReason(error.kind)})`}
      error={error}
      retrying={query.isFetching}
      onRetry={() => void query.refetch()}
      {...(className === undefined ? {} : { className })}
    />
  );
};
