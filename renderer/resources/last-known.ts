import { useQueryClient, type QueryClient, type QueryFunctionContext, type QueryKey } from '@tanstack/react-query';
import type { RequestOf } from '../../shared/contract';
import { lastKnownListName } from '../../shared/last-known-names';
import type { PackedLastKnownList } from '../../shared/operations/lists';
import { unpackRows } from '../../shared/packed-rows';
import { call } from '../bridge/call';
import { accountQueries } from '../features/accounts/queries';

type CachedQuery = NonNullable<ReturnType<ReturnType<QueryClient['getQueryCache']>['find']>>;

/**
 * The cached lists whose data is the last-known list the main side kept (from an earlier run or
 * another account's visit), not an answer of this session, with when that list loaded (epoch ms).
 * A fresh list replacing it ends the mark; a patch by a settle does not, since the rest stays old.
 */
const lastKnown = new WeakMap<CachedQuery, number>();

const cachedQuery = (client: QueryClient, queryKey: QueryKey): CachedQuery | undefined =>
  client.getQueryCache().find({ queryKey, exact: true });

/** The most the fresh fetch waits for the kept rows' frame: frames may not come (a window being hidden). */
export const KEPT_FRAME_WAIT_AT_MOST_MS = 1_000;

/**
 * Resolves once the kept rows just put in the cache are on screen: react-query renders them in a task
 * queued as they went in, and a task posted from the next frame's callback runs once that frame is
 * produced. A hidden window produces no frames, so there it is one task.
 */
const afterKeptRowsShown = (): Promise<void> =>
  new Promise((resolve) => {
    setTimeout(() => {
      if (document.visibilityState === 'hidden' || typeof requestAnimationFrame !== 'function') {
        resolve();
        return;
      }
      const atMost = setTimeout(resolve, KEPT_FRAME_WAIT_AT_MOST_MS);
      requestAnimationFrame(() =>
        setTimeout(() => {
          clearTimeout(atMost);
          resolve();
        }, 0),
      );
    }, 0);
  });

/** A kept list asked for as the app starts, with the account that was active when it was read. */
interface EarlyAnswer {
  accountId: string | null;
  kept: PackedLastKnownList | null;
}

/** Kept lists asked for before any screen wanted them, by list name, until a query takes them. */
const early = new Map<string, Promise<EarlyAnswer>>();

/** An early answer no query took in this time is dropped: a kept list can be several MB of rows. */
export const EARLY_ANSWER_KEPT_MS = 30_000;

/**
 * Asks the main side for a kept list as the app starts (main.tsx), in parallel with the shell and the
 * start page loading, rather than once the page has mounted and its query runs: the list's query
 * then takes the answer (`withLastKnown`). The active account is asked for in the same breath, so the
 * query can tell the rows belong to the account it shows (a switch in between makes them another's).
 */
export const askLastKnownEarly = (request: RequestOf<'lists.lastKnown'>): void => {
  const name = lastKnownListName(request);
  if (early.has(name)) return;
  const answer = Promise.all([call('accounts.current', {}), call('lists.lastKnown', request)]).then(
    ([current, kept]): EarlyAnswer => ({ accountId: current.state === 'active' ? current.account.id : null, kept }),
    (): EarlyAnswer => ({ accountId: null, kept: null }),
  );
  early.set(name, answer);
  void answer.then(() =>
    setTimeout(() => {
      if (early.get(name) === answer) early.delete(name);
    }, EARLY_ANSWER_KEPT_MS),
  );
};

/**
 * The kept list for the account the app shows now: the early answer when it was read for that
 * account (taken once, so a later start of the list asks afresh), else asked now.
 */
const keptList = async (client: QueryClient, request: RequestOf<'lists.lastKnown'>): Promise<PackedLastKnownList | null> => {
  const name = lastKnownListName(request);
  const asked = early.get(name);
  early.delete(name);
  if (asked !== undefined) {
    const { accountId, kept } = await asked;
    const current = client.getQueryData(accountQueries.current().queryKey);
    if (accountId !== null && current?.state === 'active' && current.account.id === accountId) return kept;
  }
  return call('lists.lastKnown', request).catch(() => null);
};

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
      const kept = await keptList(client, request);
      if (kept !== null && kept.rows.values.length > 0 && !signal.aborted && query.state.data === undefined) {
        const savedAt = Date.parse(kept.savedAt);
        lastKnown.set(query, savedAt);
        // The main side kept these rows from this very list's answer, so they are what the list holds.
        client.setQueryData(queryKey, unpackRows(kept.rows) as T, { updatedAt: savedAt });
        // The fetch starts once the kept rows are on screen, so that it and its pages never compete
        // with their first frame for the CPU (nor answer before it, which would make them pointless).
        await afterKeptRowsShown();
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
