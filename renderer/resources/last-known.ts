import { useQueryClient, type QueryClient, type QueryFunctionContext, type QueryKey } from '@tanstack/react-query';
import type { RequestOf } from '../../shared/contract';
import { call } from '../bridge/call';

type CachedQuery = NonNullable<ReturnType<ReturnType<QueryClient['getQueryCache']>['find']>>;

/**
 * The cached lists whose data is the last-known list the main side kept (from an earlier run or
 * another account's visit), not an answer of this session, with when that list loaded (epoch ms).
 * A fresh list replacing it ends the mark; a patch by a settle does not, since the rest stays old.
 */
const lastKnown = new WeakMap<CachedQuery, number>();

const cachedQuery = (client: QueryClient, queryKey: QueryKey): CachedQuery | undefined =>
  client.getQueryCache().find({ queryKey, exact: true });

/**
 * A list query's `queryFn` that first shows the kept list, when the query has nothing to show (a
 * start, a reload, an account switch): asked of the main side (no DigitalOcean request) and put in
 * the query's data dated when it loaded, so the freshness rules treat it as old data. Then the list
 * is fetched as `queryFn` fetches it, and its answer replaces the kept one. A `request` of null is a
 * list that is not kept (a tag's).
 */
export const withLastKnown =
  <T>(request: RequestOf<'lists.lastKnown'> | null, queryFn: (context: QueryFunctionContext) => Promise<T>) =>
  async (context: QueryFunctionContext): Promise<T> => {
    const { client, queryKey, signal } = context;
    const query = cachedQuery(client, queryKey);
    if (request !== null && query !== undefined && query.state.data === undefined) {
      // A mark left from before a reset (an account switch) belongs to data that is gone.
      lastKnown.delete(query);
      // The kept list is a head start: without it the fetch simply runs as it would have.
      const kept = await call('lists.lastKnown', request).catch(() => null);
      if (kept !== null && kept.rows.length > 0 && !signal.aborted && query.state.data === undefined) {
        const savedAt = Date.parse(kept.savedAt);
        lastKnown.set(query, savedAt);
        // The main side kept these rows from this very list's answer, so they are what the list holds.
        client.setQueryData(queryKey, kept.rows as T, { updatedAt: savedAt });
        // One task later, once react-query's notification (a task queued just now) has rendered the
        // kept rows: the fetch and its pages then no longer compete with that first paint for the CPU.
        await new Promise((resolve) => setTimeout(resolve, 0));
      }
    }
    const fresh = await queryFn(context);
    if (query !== undefined && !signal.aborted) lastKnown.delete(query);
    return fresh;
  };

/** When the list on screen under `queryKey` loaded, if it is a kept list still waiting for a fresh one; null otherwise. */
export const lastKnownSince = (client: QueryClient, queryKey: QueryKey): number | null => {
  const query = cachedQuery(client, queryKey);
  return query === undefined || query.state.data === undefined ? null : (lastKnown.get(query) ?? null);
};

/** `lastKnownSince` for a component that already watches the query (it re-renders as the query changes). */
export const useLastKnownSince = (queryKey: QueryKey): number | null => lastKnownSince(useQueryClient(), queryKey);
