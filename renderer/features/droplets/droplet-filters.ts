import type { DropletRow } from '../../../shared/droplet-types';
import { matchesWords, searchIndex, searchText, searchWords, type SearchIndex } from '../../components/search-index';
import type { TableSort } from '../../components/virtual-table';
import { compareText } from '../../format/text-order';

/** The list's search and filters; '' means "any". The tag is filtered by DigitalOcean, the rest here. */
export interface DropletFilters {
  q: string;
  status: string;
  region: string;
  size: string;
  tag: string;
}

export const sortableDropletColumns = ['name', 'status', 'publicIpv4', 'region', 'size', 'image', 'created', 'price'] as const;

export type DropletSortColumn = (typeof sortableDropletColumns)[number];

/** Everything the droplet screen keeps in the address, so a reload or a shared link restores it. */
export interface DropletsView extends DropletFilters {
  sort: TableSort;
  /** The droplet whose details are open. */
  droplet: number | null;
}

export const defaultSort: TableSort = { columnId: 'name', direction: 'asc' };

export const emptyFilters: DropletFilters = { q: '', status: '', region: '', size: '', tag: '' };

const isSortColumn = (value: string | null): value is DropletSortColumn => sortableDropletColumns.some((id) => id === value);

export const parseDropletsView = (search: string): DropletsView => {
  const params = new URLSearchParams(search);
  const text = (name: string) => params.get(name)?.trim() ?? '';
  const sortColumn = params.get('sort');
  const droplet = Number(params.get('droplet'));
  return {
    q: params.get('q') ?? '',
    status: text('status'),
    region: text('region'),
    size: text('size'),
    tag: text('tag'),
    sort: isSortColumn(sortColumn) ? { columnId: sortColumn, direction: params.get('dir') === 'desc' ? 'desc' : 'asc' } : defaultSort,
    droplet: Number.isSafeInteger(droplet) && droplet > 0 ? droplet : null,
  };
};

/** The query string for a view; defaults are left out so a plain list has a plain address. */
export const formatDropletsView = (view: DropletsView): string => {
  const params = new URLSearchParams();
  for (const name of ['q', 'status', 'region', 'size', 'tag'] as const) if (view[name] !== '') params.set(name, view[name]);
  if (view.sort.columnId !== defaultSort.columnId || view.sort.direction !== defaultSort.direction) {
    params.set('sort', view.sort.columnId);
    params.set('dir', view.sort.direction);
  }
  if (view.droplet !== null) params.set('droplet', String(view.droplet));
  return params.toString();
};

/** What a search looks in: name, public and private IP, id and tags. */
const dropletText = searchText((row: DropletRow) => [row.name, row.publicIpv4, row.privateIpv4, String(row.id), ...row.tags]);

/** Name, public or private IP, tag or id: every word of the query must match one of them. */
export const matchesQuery = (row: DropletRow, query: string): boolean => matchesWords(dropletText(row), searchWords(query));

const hasFilters = (filters: DropletFilters): boolean => filters.status !== '' || filters.region !== '' || filters.size !== '' || filters.tag !== '';

const matchesFilters = (row: DropletRow, filters: DropletFilters): boolean =>
  (filters.status === '' || row.status === filters.status) &&
  (filters.region === '' || row.region.slug === filters.region) &&
  (filters.size === '' || row.size.slug === filters.size) &&
  // DigitalOcean already filtered by tag; this keeps a cached untagged list honest while it refetches.
  (filters.tag === '' || row.tags.includes(filters.tag));

/** A search index over droplet rows (sorted ones, so that a search keeps their order). */
export const dropletSearchIndex = (rows: readonly DropletRow[]): SearchIndex<DropletRow> => searchIndex(rows, dropletText);

/** The index's rows (in their order) that match the search and every filter set. */
export const filterIndexedDroplets = (index: SearchIndex<DropletRow>, filters: DropletFilters): readonly DropletRow[] => {
  const found = index.search(filters.q);
  return hasFilters(filters) ? found.filter((row) => matchesFilters(row, filters)) : found;
};

const ipKey = (ip: string | null): number =>
  ip === null ? Number.POSITIVE_INFINITY : ip.split('.').reduce((sum, octet) => sum * 256 + Number(octet), 0);

const byName = (a: DropletRow, b: DropletRow) => compareText(a.name, b.name) || a.id - b.id;

const comparators: Record<DropletSortColumn, (a: DropletRow, b: DropletRow) => number> = {
  name: byName,
  status: (a, b) => compareText(a.status, b.status),
  publicIpv4: (a, b) => ipKey(a.publicIpv4) - ipKey(b.publicIpv4),
  region: (a, b) => compareText(a.region.slug, b.region.slug),
  size: (a, b) => a.size.memoryMb - b.size.memoryMb || a.size.vcpus - b.size.vcpus || a.size.diskGb - b.size.diskGb,
  image: (a, b) => compareText(a.image.slug ?? a.image.name ?? '', b.image.slug ?? b.image.name ?? ''),
  // ISO 8601 strings sort as their instants do.
  created: (a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0),
  price: (a, b) => a.size.priceMonthly - b.size.priceMonthly,
};

/** A stable sort; ties fall back to the name so equal rows keep a predictable order. */
export const sortDroplets = (rows: readonly DropletRow[], sort: TableSort): DropletRow[] => {
  const compare = isSortColumn(sort.columnId) ? comparators[sort.columnId] : byName;
  const sign = sort.direction === 'desc' ? -1 : 1;
  return [...rows].sort((a, b) => sign * (compare(a, b) || byName(a, b)));
};

/** Clicking a header sorts by it; clicking it again flips the direction. */
export const nextSort = (current: TableSort, columnId: string): TableSort =>
  current.columnId === columnId ? { columnId, direction: current.direction === 'asc' ? 'desc' : 'asc' } : { columnId, direction: 'asc' };
