import type { Links, Meta } from '../../../shared/do-types';
import { mapLimited } from '../concurrency';
import { AppError } from '../errors';
import type { CallOptions, Priority } from './call-options';
import { effectivePriority } from './priority-scope';
import type { QueryValue, Transport } from './transport';

/** The API's largest page (FACTS.md §6): fewest requests for a whole list. */
export const MAX_PER_PAGE = 200;

/**
 * Pages of one list in flight at once: a fixed number, or asked for the list's priority (the rate
 * governor's `pageConcurrency`) again as each page ends, so a list narrows as the budget falls.
 */
export type PagesInFlight = number | ((priority: Priority) => number);

/** Which page to fetch; `per_page` is 200 unless given. */
export interface PageQuery {
  page?: number;
  per_page?: number;
}

/** One page of a list: its items in API order, and the list's links and size. */
export interface ListPage<T> {
  items: T[];
  links: Links;
  meta: Meta;
}

/** A list response body; the items sit under a key that depends on the resource. */
type ListBody = Record<string, unknown> & { links?: Links; meta?: Meta };

/** Reads the items out of a list body; throws when they are missing, so no page is ever read as empty. */
export type PickItems<T> = (body: ListBody) => T[] | undefined;

/** Items under `key`, for the lists that are arrays (all but backup policies). */
export const itemsAt =
  <T>(key: string): PickItems<T> =>
  (body) => {
    const items = body[key];
    return Array.isArray(items) ? (items as T[]) : undefined;
  };

/** A list: where it is, how to read its items, and its filters. */
export interface ListSpec<T> {
  path: string;
  pick: PickItems<T>;
  query?: Readonly<Record<string, QueryValue>>;
}

const pageNumberOf = (url: string | undefined): number | undefined => {
  if (!url) return undefined;
  try {
    const page = Number(new URL(url).searchParams.get('page'));
    return Number.isInteger(page) && page > 0 ? page : undefined;
  } catch {
    return undefined;
  }
};

/** How many pages the list has, from `links.pages.last` and `meta.total`, whichever says more. */
const pageCount = (first: ListPage<unknown>, path: string): number => {
  const fromLast = pageNumberOf(first.links.pages?.last) ?? 1;
  const total = first.meta.total;
  const fromTotal = Number.isInteger(total) && first.items.length > 0 ? Math.ceil(total / first.items.length) : 1;
  const count = Math.max(fromLast, fromTotal);
  if (count === 1 && first.links.pages?.next) {
    throw AppError.of('server', `DigitalOcean's list of ${path} has more pages than it says; the panel will not show a partial list.`);
  }
  return count;
};

/** One page of a list. */
export const getPage = async <T>(transport: Transport, spec: ListSpec<T>, page: PageQuery, call?: CallOptions): Promise<ListPage<T>> => {
  const body = await transport.send<ListBody | undefined>(
    { method: 'GET', path: spec.path, query: { ...spec.query, page: page.page ?? 1, per_page: page.per_page ?? MAX_PER_PAGE } },
    call,
  );
  const items = body ? spec.pick(body) : undefined;
  if (!items) throw AppError.of('server', `DigitalOcean's answer for ${spec.path} has no list in it.`);
  return { items, links: body?.links ?? {}, meta: body?.meta ?? { total: items.length } };
};

/** How far a list has come when one of its pages arrives: pages so far (this one included) of `pages`, and the list's `meta.total`. */
export interface PageProgress {
  page: number;
  loadedPages: number;
  pages: number;
  total: number;
}

/** Hears each page of a list as it arrives (in arrival order, not page order), before the whole list is returned. */
export type OnPage<T> = (items: T[], progress: PageProgress) => void;

/**
 * Every item of a list, in API order: page 1, then the remaining pages with at most `concurrency` in
 * flight (read again as each page ends). Each page is retried as any GET is; a page that still fails
 * fails the whole list, naming the page, and stops the others: a list with a hole in it would look
 * complete. `onPage` hears each page as it arrives, so a caller can show the list before it is whole.
 */
export const getAll = async <T>(
  transport: Transport,
  spec: ListSpec<T>,
  concurrency: PagesInFlight,
  call: CallOptions = {},
  onPage?: OnPage<T>,
): Promise<T[]> => {
  const first = await getPage(transport, spec, { page: 1 }, call);
  const count = pageCount(first, spec.path);
  let loadedPages = 1;
  const total = Number.isInteger(first.meta.total) ? first.meta.total : first.items.length;
  onPage?.(first.items, { page: 1, loadedPages, pages: count, total });
  if (count === 1) return first.items;

  const stop = new AbortController();
  const signal = call.signal ? AbortSignal.any([call.signal, stop.signal]) : stop.signal;
  let failure: { page: number; error: unknown } | undefined;
  const rest = Array.from({ length: count - 1 }, (_, index) => index + 2);
  const priority = effectivePriority(call.priority);
  const limit = typeof concurrency === 'number' ? concurrency : () => concurrency(priority);
  const pages = await mapLimited(rest, limit, async (page) => {
    try {
      const { items } = await getPage(transport, spec, { page }, { ...call, signal });
      loadedPages += 1;
      onPage?.(items, { page, loadedPages, pages: count, total });
      return items;
    } catch (error) {
      // Pages cut short because another one failed are not failures of their own.
      if (!failure && !stop.signal.aborted) {
        failure = { page, error };
        stop.abort();
      }
      throw error;
    }
  }).catch((error: unknown) => {
    if (!failure) throw error;
    const { page, error: cause } = failure;
    if (call.signal?.aborted || !(cause instanceof AppError)) throw cause;
    throw new AppError({ ...cause.detail, message: `Could not load page ${page} of ${count} of ${spec.path}: ${cause.message}` });
  });
  return [first.items, ...pages].flat();
};
