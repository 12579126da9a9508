import { useCallback, useMemo, useSyncExternalStore } from 'react';
import { useLocation, useSearch } from 'wouter';

/**
 * Hash routing with a query string inside the hash (`#/droplets?q=web&droplet=3001`). Wouter's own
 * hash hook keeps the `?…` in the path, so no route matches it, and writes a search to the page's real
 * query string, where browser mode keeps its access key. Here the path and the search both live in the
 * hash and the page's own URL is never touched.
 */

const hashPrefix = /^#?\/?/;

const subscribe = (onChange: () => void): (() => void) => {
  addEventListener('hashchange', onChange);
  return () => removeEventListener('hashchange', onChange);
};

const hashBody = (): string => location.hash.replace(hashPrefix, '');

const currentPath = (): string => `/${hashBody().split('?', 1)[0] ?? ''}`;

const currentSearch = (): string => {
  const body = hashBody();
  const at = body.indexOf('?');
  return at === -1 ? '' : body.slice(at + 1);
};

export const navigateHash = (to: string, { replace = false }: { replace?: boolean } = {}): void => {
  const oldURL = location.href;
  const url = new URL(oldURL);
  url.hash = `/${to.replace(hashPrefix, '')}`;
  if (url.href === oldURL) return;
  history[replace ? 'replaceState' : 'pushState'](null, '', url.href);
  dispatchEvent(new HashChangeEvent('hashchange', { oldURL, newURL: url.href }));
};

/** The path part of the hash, for wouter's `Router hook`. */
export const useHashPath = (): [string, typeof navigateHash] => [useSyncExternalStore(subscribe, currentPath), navigateHash];

/** The query part of the hash, for wouter's `Router searchHook` (read with `useSearch`). */
export const useHashSearch = (): string => useSyncExternalStore(subscribe, currentSearch);

/** How wouter writes an in-app link's `href`. */
export const hashHref = (href: string): string => `#${href}`;

/**
 * A screen's state kept in the hash's query string, read with `parse` and written with `format`.
 * Updates replace the history entry: typing a search should not leave a Back step per keystroke.
 * `parse` and `format` should be module-level functions (they are hook dependencies).
 */
export const useHashQuery = <View>(parse: (search: string) => View, format: (view: View) => string): [View, (patch: Partial<View>) => void] => {
  const search = useSearch();
  const [location, navigate] = useLocation();
  const view = useMemo(() => parse(search), [parse, search]);

  const update = useCallback(
    (patch: Partial<View>) => {
      // Read the address afresh: two updates in one event must not undo each other.
      const query = format({ ...parse(currentSearch()), ...patch });
      navigate(query === '' ? location : `${location}?${query}`, { replace: true });
    },
    [format, parse, location, navigate],
  );

  return [view, update];
};
