/**
 * DigitalOcean list pagination (FACTS.md §6): `per_page` defaults to 20 and is capped at 200, `page`
 * starts at 1; `links.pages` carries only the links that make sense, as absolute URLs; `meta.total`
 * is the size of the whole collection.
 *
 * Out-of-range values are not errors: the API caps a large `per_page` at 200 (clients that ask for
 * 1000 get 200), and we read a `per_page` below 1 or a `page` below 1, or any non-number, as the default.
 * A page past the end is an empty list that still links back (`first`, `prev`).
 */
const DEFAULT_PER_PAGE = 20;
const MAX_PER_PAGE = 200;

export interface PageRequest {
  readonly page: number;
  readonly perPage: number;
}

export interface PageLinks {
  first?: string;
  prev?: string;
  next?: string;
  last?: string;
}

export interface Page<T> {
  readonly items: T[];
  readonly links: { pages?: PageLinks };
  readonly meta: { total: number };
}

const positiveInteger = (raw: string | null): number | undefined => {
  if (raw === null || !/^\d{1,9}$/.test(raw.trim())) return undefined;
  const value = Number(raw.trim());
  return value >= 1 ? value : undefined;
};

export const readPageRequest = (query: URLSearchParams): PageRequest => ({
  page: positiveInteger(query.get('page')) ?? 1,
  perPage: Math.min(positiveInteger(query.get('per_page')) ?? DEFAULT_PER_PAGE, MAX_PER_PAGE),
});

/** The request's own URL with another page number; every other parameter is kept as the client sent it. */
const pageUrl = (baseUrl: string, pathname: string, query: URLSearchParams, page: number): string => {
  const params = new URLSearchParams([['page', String(page)]]);
  for (const [key, value] of query) if (key !== 'page') params.append(key, value);
  return `${baseUrl}${pathname}?${params.toString()}`;
};

export interface PageContext {
  readonly baseUrl: string;
  readonly pathname: string;
  readonly query: URLSearchParams;
}

export const paginate = <T>(all: readonly T[], context: PageContext): Page<T> => {
  const { page, perPage } = readPageRequest(context.query);
  const total = all.length;
  const lastPage = Math.max(1, Math.ceil(total / perPage));
  const link = (target: number): string => pageUrl(context.baseUrl, context.pathname, context.query, target);
  const pages: PageLinks = {};
  if (page > 1) {
    pages.first = link(1);
    pages.prev = link(Math.min(page - 1, lastPage));
  }
  if (page < lastPage) {
    pages.next = link(page + 1);
    pages.last = link(lastPage);
  }
  const start = (page - 1) * perPage;
  return {
    items: all.slice(start, start + perPage),
    links: Object.keys(pages).length > 0 ? { pages } : {},
    meta: { total },
  };
};
