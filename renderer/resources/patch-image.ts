import type { QueryClient, QueryKey } from '@tanstack/react-query';
import type { IdentifiedImage } from '../../shared/image-rows';
import { imageRow } from '../../shared/image-rows';
import type { ImageRow } from '../../shared/image-types';
import { imageQueries, type ImageFilter } from '../catalog/queries';

/**
 * Whether a list asked for with `filter` may hold the image (DigitalOcean's own filtering, applied to
 * one image). A public list's distribution/application split is not the image's `type`, so an image is
 * only ever added to the account's own lists.
 */
const belongsTo = (filter: ImageFilter, row: ImageRow): boolean => {
  if (filter.tagName !== undefined && !row.tags.includes(filter.tagName)) return false;
  return filter.private ? !row.public : row.public;
};

/**
 * Puts an image DigitalOcean just described by id into every cached list, in place: a list it belongs
 * to but lacks gains it, one it no longer belongs to drops it. The lists are not asked again.
 */
export const patchImage = (queryClient: QueryClient, image: IdentifiedImage): void => {
  const row = imageRow(image);
  for (const [queryKey, rows] of queryClient.getQueriesData<ImageRow[]>({ queryKey: imageQueries.lists() })) {
    if (rows === undefined) continue;
    const filter = (queryKey as QueryKey)[2] as ImageFilter;
    const belongs = belongsTo(filter, row);
    const held = rows.some((one) => one.id === row.id);
    if (held) queryClient.setQueryData<ImageRow[]>(queryKey, belongs ? rows.map((one) => (one.id === row.id ? row : one)) : rows.filter((one) => one.id !== row.id));
    else if (belongs && filter.private) queryClient.setQueryData<ImageRow[]>(queryKey, [...rows, row]);
  }
};
