import { useCallback, useMemo } from 'react';
import { useLocation, useSearch } from 'wouter';
import { formatDropletsView, parseDropletsView, type DropletsView } from './droplet-filters';

const hashSearch = (): string => {
  const at = window.location.hash.indexOf('?');
  return at === -1 ? '' : window.location.hash.slice(at + 1);
};

/**
 * The droplet screen's state, read from and written to the hash's query string. Updates replace the
 * history entry: typing a search should not leave a Back step per keystroke.
 */
export const useDropletsView = (): [DropletsView, (patch: Partial<DropletsView>) => void] => {
  const search = useSearch();
  const [location, navigate] = useLocation();
  const view = useMemo(() => parseDropletsView(search), [search]);

  const update = useCallback(
    (patch: Partial<DropletsView>) => {
      // Read the address afresh: two updates in one event must not undo each other.
      const current = parseDropletsView(hashSearch());
      const query = formatDropletsView({ ...current, ...patch });
      navigate(query === '' ? location : `${location}?${query}`, { replace: true });
    },
    [location, navigate],
  );

  return [view, update];
};
