import { useCallback, useMemo } from 'react';
import { useLocation, useSearch } from 'wouter';
import { formatActivityView, parseActivityView, type ActivityView } from './activity-filters';

const hashSearch = (): string => {
  const at = window.location.hash.indexOf('?');
  return at === -1 ? '' : window.location.hash.slice(at + 1);
};

/**
 * The Activity view's filters and history page, read from and written to the hash's query string.
 * Updates replace the history entry, so typing a search leaves no Back step per keystroke.
 */
export const useActivityView = (): [ActivityView, (patch: Partial<ActivityView>) => void] => {
  const search = useSearch();
  const [location, navigate] = useLocation();
  const view = useMemo(() => parseActivityView(search), [search]);

  const update = useCallback(
    (patch: Partial<ActivityView>) => {
      // Read the address afresh: two updates in one event must not undo each other.
      const query = formatActivityView({ ...parseActivityView(hashSearch()), ...patch });
      navigate(query === '' ? location : `${location}?${query}`, { replace: true });
    },
    [location, navigate],
  );

  return [view, update];
};
