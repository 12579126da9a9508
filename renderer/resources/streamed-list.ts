import { hashKey, type QueryFunctionContext } from '@tanstack/react-query';
import type { DropletRow } from '../../shared/droplet-types';
import type { ImageRow } from '../../shared/image-types';
import type { RequestOf } from '../../shared/contract';
import type { StreamedList } from '../../shared/events';
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

/** A page heard of this fetch's stream, with where it goes in the list. */
interface HeardPage<Row> {
  part: number;
  page: number;
  rows: readonly Row[];
}

/** The pages heard, in the list's order (part, then page), whatever order they arrived in. */
const inListOrder = <Row>(pages: HeardPage<Row>[]): Row[] =>
  [...pages].sort((a, b) => a.part - b.part || a.page - b.page).flatMap((page) => page.rows);

/** Rows arrived but not yet written go in once they make the list this many times longer than shown. */
const GROWTH_PER_WRITE = 4;
/**
 * How far the list has got is said again once it has moved by this share of the list (or rows were
 * written, or the last row came): each time redraws the list's screen, and 50 pages need not mean 50 redraws.
 */
const PROGRESS_STEP = 1 / 20;
/**
 * How long an answer that counts more rows than were heard waits for the rest before the list is
 * asked for again: in the desktop app the answer and the events travel as different IPC messages.
 */
export const LATE_PAGES_MS = 1_000;

/** The answer to a list call made without a stream: always the rows themselves. */
const wholeList = <Row>(answer: Row[] | StreamedList): Row[] => {
  if (Array.isArray(answer)) return answer;
  throw new BridgeError({ kind: 'internal', message: 'The list came back as a count without its rows.' });
};

/** The fetch that is current for each list query: an older one still running neither writes rows nor progress. */
const current = new Map<string, string>();

/**
 * A list query's `queryFn` that shows the list as it arrives. With no data yet, each page's rows are
 * written into the query's data as they come, so the first page shows at once; with data already
 * shown (a refresh, last-known rows), that data stays until the whole list replaces it, never a half
 * list in place of a whole one. The call's answer only counts the rows its pages carried (they are not
 * sent twice); the whole list is put together from the pages heard, in the list's order. Should the
 * count still not match what was heard `LATE_PAGES_MS` later, the whole list is asked for once more
 * without a stream rather than shown short. How far it has got, and a page that failed for good after some rows were shown, are
 * kept in `listProgressStore`.
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
    const heard: HeardPage<RowOf<L>>[] = [];
    let heardRows = 0;
    let onHeard: (() => void) | undefined;
    /** Whether every row the answer counts has been heard, waiting a moment for pages still on their way. */
    const heardAll = (count: number): Promise<boolean> =>
      heardRows === count
        ? Promise.resolve(true)
        : new Promise((resolve) => {
            const timer = setTimeout(() => resolve(false), LATE_PAGES_MS);
            onHeard = () => {
              if (heardRows !== count) return;
              clearTimeout(timer);
              resolve(true);
            };
          });
    // Rows arrived but not yet written: each write re-sorts and redraws the whole list, so the first
    // page is written at once and later rows once they would make the list four times as long as shown
    // (200, 800, 3,200): three writes for 50 pages, then the whole list once the answer says it is in.
    let pending: RowOf<L>[] = [];
    let shown = 0;
    let said: number | null = null;
    const write = () => {
      if (pending.length === 0) return;
      const arrived = pending;
      pending = [];
      client.setQueryData<RowOf<L>[]>(queryKey, (held) => withRows(held, arrived));
      shown = client.getQueryData<RowOf<L>[]>(queryKey)?.length ?? 0;
    };
    const stop = bridge.on('lists.page', (page) => {
      if (page.stream !== stream || page.list !== list) return;
      const rows = page.rows as RowOf<L>[];
      heard.push({ part: page.part, page: page.page, rows });
      heardRows += rows.length;
      onHeard?.();
      if (!isCurrent()) return;
      progress = { loaded: page.loaded, total: page.total };
      const wasShown = shown;
      if (!replacing) {
        pending.push(...rows);
        if (shown === 0 || shown + pending.length >= GROWTH_PER_WRITE * shown) write();
      }
      const moved = said === null || shown !== wasShown || progress.loaded >= progress.total || progress.loaded - said >= PROGRESS_STEP * progress.total;
      if (!moved) return;
      said = progress.loaded;
      listProgressStore.set(queryKey, { ...progress, loading: { replacing }, ...(before?.incomplete ? { incomplete: before.incomplete } : {}) });
    });
    try {
      const ask = (withStream: boolean) =>
        call(operations[list], (withStream ? { ...request, stream } : request) as RequestOf<StreamedLists[L]['operation']>, callOptionsOf(meta)) as Promise<RowOf<L>[] | StreamedList>;
      const answer = await ask(true);
      const rows = Array.isArray(answer)
        ? answer
        : (await heardAll(answer.streamed))
          ? inListOrder(heard)
          : wholeList(await ask(false));
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
