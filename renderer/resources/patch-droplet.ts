import type { QueryClient, QueryKey } from '@tanstack/react-query';
import type { Droplet } from '../../shared/do-types';
import { dropletRow } from '../../shared/droplet-rows';
import type { DropletRow } from '../../shared/droplet-types';
import { dropletQueries } from '../features/droplets/queries';

const listTag = (queryKey: QueryKey): string | null => (queryKey[2] as { tagName?: string | null } | undefined)?.tagName ?? null;

/**
 * Puts a Droplet DigitalOcean just described by id into every cached list, in place: a list it belongs
 * to but lacks (one just created) gains it, a tag list whose tag it lost drops it. The lists are not
 * asked again, so a settle costs one request however long they are.
 */
export const patchDroplet = (queryClient: QueryClient, droplet: Droplet): void => {
  const row = dropletRow(droplet);
  for (const [queryKey, rows] of queryClient.getQueriesData<DropletRow[]>({ queryKey: dropletQueries.lists() })) {
    if (rows === undefined) continue;
    const tag = listTag(queryKey);
    const belongs = tag === null || row.tags.includes(tag);
    const held = rows.some((one) => one.id === row.id);
    if (held) queryClient.setQueryData<DropletRow[]>(queryKey, belongs ? rows.map((one) => (one.id === row.id ? row : one)) : rows.filter((one) => one.id !== row.id));
    else if (belongs) queryClient.setQueryData<DropletRow[]>(queryKey, [...rows, row]);
  }
};
