import { queryOptions } from '@tanstack/react-query';
import type { RequestOf } from '../../shared/contract';
import { readQuery } from '../bridge/read-query';
import { withLastKnown } from '../resources/last-known';
import { streamedList } from '../resources/streamed-list';

/** Regions and sizes change with DigitalOcean's offer, not with anything done here. */
const catalogStaleMs = 10 * 60_000;

/**
 * What DigitalOcean offers (regions, sizes) and which images exist, shared by every form that picks
 * one: create, resize, rebuild, transfer, import. An image action settling refetches its image by id
 * and patches it into the `['images', 'list', …]` lists.
 */
export const catalogQueries = {
  regions: () =>
    queryOptions({
      queryKey: ['catalog', 'regions'] as const,
      queryFn: readQuery('catalog.regions', {}),
      staleTime: catalogStaleMs,
    }),
  sizes: () =>
    queryOptions({
      queryKey: ['catalog', 'sizes'] as const,
      queryFn: readQuery('catalog.sizes', {}),
      staleTime: catalogStaleMs,
    }),
};

export type ImageFilter = Omit<RequestOf<'images.list'>, 'stream'>;

/** The image lists the main side keeps for a warm start: the Images tabs without a tag filter. */
const lastKnownImages = ({ type, private: privateOnly, tagName }: ImageFilter): RequestOf<'lists.lastKnown'> | null => {
  if (tagName !== undefined) return null;
  if (privateOnly === true) return type === undefined ? { list: 'images', filter: { private: true } } : null;
  return type === undefined ? null : { list: 'images', filter: { type } };
};

export const imageQueries = {
  all: () => ['images'] as const,
  lists: () => [...imageQueries.all(), 'list'] as const,
  /**
   * Images as rows, shown page by page as they arrive: public distributions or applications (`type`), or the account's own (`private`),
   * optionally by tag. Without a tag, the list starts from the last-known one until the fresh one arrives.
   */
  list: (filter: ImageFilter) =>
    queryOptions({
      queryKey: [...imageQueries.lists(), filter] as const,
      queryFn: withLastKnown(lastKnownImages(filter), streamedList('images', filter)),
      // Public images change with DigitalOcean's releases; the account's own change with actions, which invalidate them.
      staleTime: filter.type === undefined ? 0 : catalogStaleMs,
    }),
  details: () => [...imageQueries.all(), 'detail'] as const,
  detail: (id: number) =>
    queryOptions({
      queryKey: [...imageQueries.details(), id] as const,
      queryFn: readQuery('images.get', { id }),
    }),
  history: (id: number) =>
    queryOptions({
      queryKey: [...imageQueries.details(), id, 'history'] as const,
      queryFn: readQuery('images.actions', { id }),
    }),
};
