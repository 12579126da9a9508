import { hashKey, type QueryFunctionContext } from '@tanstack/react-query';
import type { DropletRow } from '../../shared/droplet-types';
import type { ImageRow } from '../../shared/image-types';
import type { RequestOf } from '../../shared/contract';
import { bridge } from '../bridge';
import { BridgeError, call } from '../bridge/call';
import { callOptionsOf } from '../bridge/read-query';
import { listProgressStore } from './list-progress';

/** The lists that can be streamed: the operation behind each and the row it lists. */
interface StreamedLists {
  droplets: { operation: 'droplets.list'; row: DropletRow };
  images: { operation: 'images.list'; row: ImageRow };
}
type ListName = keyof StreamedLists;
type RowOf<L extends ListName> = StreamedLists[L]['row'];
type RequestFor<L extends ListName> = Omit<RequestOf<StreamedLists[L]['operation']>, 'stream'>;

const operations: { [L in ListName]: StreamedLists[L]['operation'] } = { droplets: 'droplets.list', images: 'images.list' };

let streams = 0;
/** Unique enough that another window's stream is never taken for this one's. */
const newStream = (): string => `s${(streams += 1)}-${Math.random().toString(36).slice(2, 12)}`;

/** Rows already held win: a settle may have patched a fresher row in while the pages came. */
const withRows = <Row extends { id: number | string }>(held: readonly Row[] | undefined, arrived: readonly Row[]): Row[] => {
  if (held === undefined) return [...arrived];
  const ids = new Set(held.map((row) => row.id));
  const fresh = arrived.filter((row) => !ids.has(row.id));
  return fresh.length === 0 ? [...held] : [...held, ...fresh];
};

/** The fetch that is current for each list query: an older one still running neither writes rows nor progress. */
const current = new Map<string, string>();

/**
 * A list query's `queryFn` that shows the list as it arrives. With no data yet, each page's rows are
 * written into the query's data as they come, so the first page shows at once; with data already
 * shown (a refresh, last-known rows), that data stays until the whole list replaces it, never a half
 * list in place of a whole one. The answer is always the whole list. How far it has got, and a page
 * that failed for good after some rows were shown, are kept in `listProgressStore`.
 */
export const streamedList =
  <L extends ListName>(list: L, request: RequestFor<L>) =>
  async ({ client, queryKey, meta }: Pick<QueryFunctionContext, 'client' | 'queryKey' | 'meta'>): Promise<RowOf<L>[]> => {
    const stream = newStream();
    const id = hashKey(queryKey);
    current.set(id, stream);
    const isCurrent = () => current.get(id) === stream;
    const replacing = client.getQueryData(queryKey) !== undefined;
    // Only rows still shown can still be partial: with no data (a first load, a list dropped from the cache) nothing carries over.
    const before = replacing ? listProgressStore.get(queryKey) : undefined;
    let progress = { loaded: 0, total: before?.total ?? 0 };
    // A retry after a failed page keeps saying the list is incomplete until the whole list is in.
    listProgressStore.set(queryKey, { ...progress, loading: { replacing }, ...(before?.incomplete ? { incomplete: before.incomplete } : {}) });
    // Rows arrived but not yet written: each write re-sorts and redraws the whole list, so after the
    // first page rows are written once they would at least double what is shown (200, 400, 800, …):
    // a few writes for 50 pages, and the whole list comes with the answer.
    let pending: RowOf<L>[] = [];
    let shown = 0;
    const write = () => {
      if (pending.length === 0) return;
      const arrived = pending;
      pending = [];
      client.setQueryData<RowOf<L>[]>(queryKey, (held) => withRows(held, arrived));
      shown = client.getQueryData<RowOf<L>[]>(queryKey)?.length ?? 0;
    };
    const stop = bridge.on('lists.page', (page) => {
      if (page.stream !== stream || page.list !== list || !isCurrent()) return;
      progress = { loaded: page.loaded, total: page.total };
      if (!replacing) {
        pending.push(...(page.rows as RowOf<L>[]));
        if (shown === 0 || pending.length >= shown) write();
      }
      listProgressStore.set(queryKey, { ...progress, loading: { replacing }, ...(before?.incomplete ? { incomplete: before.incomplete } : {}) });
    });
    try {
      const rows = (await call(operations[list], { ...request, stream } as RequestOf<StreamedLists[L]['operation']>, callOptionsOf(meta))) as RowOf<L>[];
      if (isCurrent()) {
        // The whole list goes in before the progress is cleared, so no render shows part of it as if it were all.
        client.setQueryData(queryKey, rows);
        listProgressStore.set(queryKey, undefined);
      }
      return rows;
    } catch (error) {
      if (isCurrent()) {
        // What arrived stays shown, all of it, marked incomplete.
        write();
        const shownPart = !replacing ? progress.loaded > 0 : before?.incomplete !== undefined;
        const detail = error instanceof BridgeError ? error.detail : { kind: 'internal' as const, message: String(error) };
        listProgressStore.set(queryKey, shownPart ? { ...progress, incomplete: detail } : undefined);
      }
      throw error;
    } finally {
      stop();
      if (isCurrent()) current.delete(id);
    }
  };
