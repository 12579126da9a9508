import { queryOptions, useQueries, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { DropletRow } from '../../../shared/droplet-types';
import { call } from '../../bridge/call';
import { imageQueries, type ImageFilter } from '../../catalog/queries';
import { dropletQueries } from '../droplets/queries';
import type { DropletNames, ImageTab } from './image-filters';
import { isOwnTab } from './image-filters';

/** What `images.list` is asked for a tab: the account's own images in one list, or a public type. */
export const tabFilter = (tab: ImageTab, tag: string): ImageFilter => {
  const tagFilter = tag === '' ? {} : { tagName: tag };
  if (isOwnTab(tab)) return { private: true, ...tagFilter };
  return { type: tab === 'distributions' ? 'distribution' : 'application', ...tagFilter };
};

/**
 * `/v2/snapshots` is where a droplet snapshot names its droplet (`resource_id`); the image list does
 * not. A whole list of the account's snapshots: a settle never reloads it, a view showing it does once it is stale.
 */
export const snapshotSourceQuery = () =>
  queryOptions({
    queryKey: [...imageQueries.all(), 'snapshot-sources'] as const,
    queryFn: () => call('snapshots.list', { resourceType: 'droplet' }),
  });

/**
 * Backups name their droplet nowhere but in the droplet's own backup list, one request per droplet:
 * looked up only while at most this many droplets have backups on, to keep the rate limit for clicks.
 */
export const backupLookupLimit = 20;

const backupsOf = (results: readonly { data?: readonly { id: number }[] }[]) => results.map((result) => result.data);

const hasBackups = (rows: readonly DropletRow[] | undefined): DropletRow[] => (rows ?? []).filter((row) => row.backupsEnabled);

/** Which droplet each snapshot or backup came from, by image id, named when the droplet still exists. */
export const useImageDroplets = (enabled: boolean): DropletNames => {
  const droplets = useQuery({ ...dropletQueries.list(null), enabled });
  const snapshots = useQuery({ ...snapshotSourceQuery(), enabled });
  const withBackups = hasBackups(droplets.data);
  const backups = useQueries({
    queries: (enabled && withBackups.length <= backupLookupLimit ? withBackups : []).map((row) => dropletQueries.backups(row.id)),
    combine: backupsOf,
  });

  return useMemo(() => {
    const names = new Map((droplets.data ?? []).map((row) => [row.id, row.name]));
    const byImage = new Map<number, { id: number; name: string | null }>();
    for (const snapshot of snapshots.data ?? []) {
      const dropletId = Number(snapshot.resource_id);
      if (Number.isSafeInteger(dropletId)) byImage.set(Number(snapshot.id), { id: dropletId, name: names.get(dropletId) ?? null });
    }
    hasBackups(droplets.data).forEach((row, index) => {
      for (const backup of backups[index] ?? []) byImage.set(backup.id, { id: row.id, name: row.name });
    });
    return byImage;
  }, [droplets.data, snapshots.data, backups]);
};
