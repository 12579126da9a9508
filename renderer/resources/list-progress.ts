import { hashKey, type QueryKey } from '@tanstack/react-query';
import { useSyncExternalStore } from 'react';
import type { PanelError } from '../../shared/result';

/**
 * How far a list query has got, beside its data: the data stays a plain array of rows (settles patch
 * it, many views read it), so what it does not say (rows still coming, a page that never came) is
 * kept here, keyed by the query's hash, where the list screens read it.
 */
export interface ListProgress {
  /** Rows arrived so far, and how many the list has as far as DigitalOcean has said. */
  loaded: number;
  total: number;
  /** A fetch is on its way: its rows are being shown as they come (`replacing` false), or shown data waits for the whole list (`replacing` true). */
  loading?: { replacing: boolean };
  /** The last fetch failed part-way: the rows shown are some of the list, never all of it, until a fetch completes. */
  incomplete?: PanelError;
}

/** Whether the rows shown are only part of the list: its first load still running, or a page that failed for good. */
export const isPartial = (progress: ListProgress | undefined): progress is ListProgress =>
  progress !== undefined && (progress.incomplete !== undefined || progress.loading?.replacing === false);

const progress = new Map<string, ListProgress>();
const listeners = new Set<() => void>();

const changed = () => {
  for (const listener of [...listeners]) listener();
};

export const listProgressStore = {
  /** Hears every change to any list's progress; returns a function that stops it. */
  subscribe: (listener: () => void): (() => void) => {
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
    };
  },
  get: (queryKey: QueryKey): ListProgress | undefined => progress.get(hashKey(queryKey)),
  set(queryKey: QueryKey, next: ListProgress | undefined): void {
    const key = hashKey(queryKey);
    if (next === undefined) progress.delete(key);
    else progress.set(key, next);
    changed();
  },
};

/** The list query's progress while it loads or after it failed part-way; undefined once its data is the whole list. */
export const useListProgress = (queryKey: QueryKey): ListProgress | undefined => {
  const key = hashKey(queryKey);
  return useSyncExternalStore(listProgressStore.subscribe, () => progress.get(key));
};
