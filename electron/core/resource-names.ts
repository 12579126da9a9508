import type { ApiAction } from './tracker/tracker-client';
import type { TrackContext } from './tracker/action-tracker';

/** The kinds of resource an action can touch that the panel shows by name. */
export type NamedResourceType = 'droplet' | 'image';

/** What the panel keeps of a resource: how to name and size its work, and for a Droplet its newest snapshot. */
export interface RememberedResource extends TrackContext {
  /** A Droplet's newest snapshot (the highest id): its size says how much data a new snapshot copies. */
  latestSnapshotId?: number;
}

/**
 * What the panel last saw of each resource (name, disk size), filled by the handlers that list and
 * read resources, so the tracker can name an action it did not start without asking the API.
 */
export interface ResourceNames {
  remember(type: NamedResourceType, id: number, context: RememberedResource): void;
  describe(action: Pick<ApiAction, 'resource_type' | 'resource_id'>): RememberedResource | undefined;
  forget(): void;
}

/** Bounded, so a 100,000-droplet account cannot grow it without limit; the oldest entries go first. */
export const createResourceNames = (limit = 20_000): ResourceNames => {
  const names = new Map<string, RememberedResource>();
  return {
    remember(type, id, context) {
      const key = `${type}:${id}`;
      names.delete(key);
      names.set(key, context);
      if (names.size > limit) names.delete(names.keys().next().value as string);
    },
    describe(action) {
      const type = action.resource_type === 'droplet' || action.resource_type === 'image' ? action.resource_type : undefined;
      return type && action.resource_id ? names.get(`${type}:${action.resource_id}`) : undefined;
    },
    forget: () => names.clear(),
  };
};
