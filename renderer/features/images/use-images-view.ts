import { useCallback, useMemo } from 'react';
import { useLocation, useSearch } from 'wouter';
import { formatImagesView, parseImagesView, type ImagesView } from './image-filters';

const hashSearch = (): string => {
  const at = window.location.hash.indexOf('?');
  return at === -1 ? '' : window.location.hash.slice(at + 1);
};

/**
 * The images screen's state, read from and written to the hash's query string
 * (`#/images?tab=snapshots&q=…&tag=…&image=<id>`). Updates replace the history entry: typing a search
 * should not leave a Back step per keystroke.
 */
export const useImagesView = (): [ImagesView, (patch: Partial<ImagesView>) => void] => {
  const search = useSearch();
  const [location, navigate] = useLocation();
  const view = useMemo(() => parseImagesView(search), [search]);

  const update = useCallback(
    (patch: Partial<ImagesView>) => {
      // Read the address afresh: two updates in one event must not undo each other.
      const current = parseImagesView(hashSearch());
      const query = formatImagesView({ ...current, ...patch });
      navigate(query === '' ? location : `${location}?${query}`, { replace: true });
    },
    [location, navigate],
  );

  return [view, update];
};
