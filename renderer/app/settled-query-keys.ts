import type { TrackedResourceType } from '../../shared/action-types';

/**
 * The query-key roots that hold a resource type once it changes. Feature query factories start their
 * keys with these roots (`['droplets', …]`, `['images', …]`), so one invalidation reaches the list,
 * the detail pane and the tabs; an image action can also change a droplet's snapshots and backups.
 */
const roots: Record<TrackedResourceType, readonly (readonly string[])[]> = {
  droplet: [['droplets'], ['images'], ['actions']],
  image: [['images'], ['droplets'], ['actions']],
};

export const settledQueryKeys = (type: TrackedResourceType): readonly (readonly string[])[] => roots[type] ?? [['actions']];
