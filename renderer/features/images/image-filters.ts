import type { ImageRow } from '../../../shared/image-types';
import { matchesWords, searchIndex, searchText, searchWords, type SearchIndex } from '../../components/search-index';
import type { TableSort } from '../../components/virtual-table';
import { compareText } from '../../format/text-order';

/** The screen's tabs: the account's own images split by type, and DigitalOcean's public ones. */
export const imageTabs = [
  { id: 'snapshots', label: 'Snapshots' },
  { id: 'backups', label: 'Backups' },
  { id: 'custom', label: 'Custom images' },
  { id: 'distributions', label: 'Distributions' },
  { id: 'applications', label: 'Applications' },
] as const;

export type ImageTab = (typeof imageTabs)[number]['id'];

export const defaultTab: ImageTab = 'snapshots';

/** The tabs listed from `images.list {private: true}`, with the image type each keeps. */
export const ownTabTypes = { snapshots: 'snapshot', backups: 'backup', custom: 'custom' } as const satisfies Partial<Record<ImageTab, ImageRow['type']>>;

export type OwnTab = keyof typeof ownTabTypes;

export const isOwnTab = (tab: ImageTab): tab is OwnTab => tab in ownTabTypes;

export const sortableImageColumns = ['name', 'type', 'distribution', 'slug', 'regions', 'size', 'minDisk', 'status', 'created', 'droplet'] as const;

export type ImageSortColumn = (typeof sortableImageColumns)[number];

/** Everything the images screen keeps in the address, so a reload or a link (tray, notification) restores it. */
export interface ImagesView {
  /** Null when the address names none: the tab holding `image`, or Snapshots. */
  tab: ImageTab | null;
  q: string;
  /** '' means any tag; DigitalOcean filters by it. */
  tag: string;
  sort: TableSort;
  /** The image whose details are open. */
  image: number | null;
}

export const defaultSort: TableSort = { columnId: 'name', direction: 'asc' };

const isTab = (value: string | null): value is ImageTab => imageTabs.some((tab) => tab.id === value);

const isSortColumn = (value: string | null): value is ImageSortColumn => sortableImageColumns.some((id) => id === value);

export const parseImagesView = (search: string): ImagesView => {
  const params = new URLSearchParams(search);
  const tab = params.get('tab');
  const sortColumn = params.get('sort');
  const image = Number(params.get('image'));
  return {
    tab: isTab(tab) ? tab : null,
    q: params.get('q') ?? '',
    tag: params.get('tag')?.trim() ?? '',
    sort: isSortColumn(sortColumn) ? { columnId: sortColumn, direction: params.get('dir') === 'desc' ? 'desc' : 'asc' } : defaultSort,
    image: Number.isSafeInteger(image) && image > 0 ? image : null,
  };
};

/** The query string for a view; defaults are left out so a plain list has a plain address. */
export const formatImagesView = (view: ImagesView): string => {
  const params = new URLSearchParams();
  if (view.tab !== null) params.set('tab', view.tab);
  if (view.q !== '') params.set('q', view.q);
  if (view.tag !== '') params.set('tag', view.tag);
  if (view.sort.columnId !== defaultSort.columnId || view.sort.direction !== defaultSort.direction) {
    params.set('sort', view.sort.columnId);
    params.set('dir', view.sort.direction);
  }
  if (view.image !== null) params.set('image', String(view.image));
  return params.toString();
};

/** The tab an image belongs on: own images by their type, public ones by what DigitalOcean lists them as. */
export const tabOfOwnImage = (row: Pick<ImageRow, 'type'>): OwnTab | null => {
  const entry = Object.entries(ownTabTypes).find(([, type]) => type === row.type);
  return entry ? (entry[0] as OwnTab) : null;
};

/** What a search looks in: name, slug, distribution and id; every word of a query must match one of them. */
const imageText = searchText((row: ImageRow) => [row.name, row.slug, row.distribution, String(row.id)]);

const inTabWithTag = (row: ImageRow, tab: ImageTab, tag: string): boolean =>
  (!isOwnTab(tab) || row.type === ownTabTypes[tab]) &&
  // DigitalOcean already filtered by tag; this keeps a cached untagged list honest while it refetches.
  (tag === '' || row.tags.includes(tag));

/** The rows a tab shows: own images split by type (one list holds all three), then the tag and the search. */
export const filterImages = (rows: readonly ImageRow[], tab: ImageTab, filters: { q: string; tag: string }): ImageRow[] => {
  const words = searchWords(filters.q);
  return rows.filter((row) => inTabWithTag(row, tab, filters.tag) && matchesWords(imageText(row), words));
};

/** A search index over image rows (sorted ones, so that a search keeps their order). */
export const imageSearchIndex = (rows: readonly ImageRow[]): SearchIndex<ImageRow> => searchIndex(rows, imageText);

const byName = (a: ImageRow, b: ImageRow) => compareText(a.name, b.name) || a.id - b.id;

const text = (value: string | null) => value ?? '';

/** An unknown number (an import still running) sorts as the largest. */
const number = (value: number | null) => value ?? Number.POSITIVE_INFINITY;

const numeric = (a: number | null, b: number | null) => {
  const difference = number(a) - number(b);
  return Number.isNaN(difference) ? 0 : difference;
};

export type DropletNames = ReadonlyMap<number, { id: number; name: string | null }>;

const comparators = (droplets: DropletNames): Record<ImageSortColumn, (a: ImageRow, b: ImageRow) => number> => ({
  name: byName,
  type: (a, b) => compareText(text(a.type), text(b.type)),
  distribution: (a, b) => compareText(text(a.distribution), text(b.distribution)),
  slug: (a, b) => compareText(text(a.slug), text(b.slug)),
  regions: (a, b) => a.regions.length - b.regions.length || compareText(a.regions.join(','), b.regions.join(',')),
  size: (a, b) => numeric(a.sizeGigabytes, b.sizeGigabytes),
  minDisk: (a, b) => numeric(a.minDiskSize, b.minDiskSize),
  status: (a, b) => compareText(text(a.status), text(b.status)),
  created: (a, b) => a.createdAt.localeCompare(b.createdAt),
  droplet: (a, b) => {
    const name = (row: ImageRow) => droplets.get(row.id)?.name ?? String(droplets.get(row.id)?.id ?? '');
    return compareText(name(a), name(b));
  },
});

/** A stable sort; ties fall back to the name so equal rows keep a predictable order. */
export const sortImages = (rows: readonly ImageRow[], sort: TableSort, droplets: DropletNames = new Map()): ImageRow[] => {
  const compare = isSortColumn(sort.columnId) ? comparators(droplets)[sort.columnId] : byName;
  const sign = sort.direction === 'desc' ? -1 : 1;
  return [...rows].sort((a, b) => sign * (compare(a, b) || byName(a, b)));
};

/** Clicking a header sorts by it; clicking it again flips the direction. */
export const nextSort = (current: TableSort, columnId: string): TableSort =>
  current.columnId === columnId ? { columnId, direction: current.direction === 'asc' ? 'desc' : 'asc' } : { columnId, direction: 'asc' };
