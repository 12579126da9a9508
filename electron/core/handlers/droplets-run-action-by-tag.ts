import type { Droplet } from '../../../shared/do-types';
import type { ApiSessions } from '../api-session';
import type { Handlers } from '../dispatch';
import type { ResourceNames } from '../resource-names';
import type { ActionTracker, TrackContext } from '../tracker/action-tracker';
import { rememberDroplet } from './remember-droplet';
import { followActions } from './follow-actions';
import { rememberedSnapshotSize } from './work-size';

/**
 * Lists the tag's Droplets first, for their names, disks and newest snapshots (a snapshot is sized from
 * memory, else by the disk as an upper bound): a failed list then costs nothing, and the
 * actions are tracked as soon as DigitalOcean answers. Each action is followed on its own, and their
 * settles are summed up once, as one batch.
 */
export const dropletsRunActionByTagHandler =
  (sessions: ApiSessions, names: ResourceNames, tracker: ActionTracker): Handlers['droplets.runActionByTag'] =>
  async ({ tagName, action }) => {
    const client = await sessions.client();
    const tagged = new Map<number, Droplet>();
    for (const droplet of await client.droplets.listAll({ tag_name: tagName })) {
      rememberDroplet(names, droplet);
      tagged.set(droplet.id, droplet);
    }
    const contextOf = (dropletId: number | null | undefined): TrackContext => {
      const droplet = dropletId ? tagged.get(dropletId) : undefined;
      // Tagged after the list was read: named as the tracker names what it does not know.
      if (!droplet) return { resourceName: `Droplet ${dropletId}` };
      const remembered = names.describe({ resource_type: 'droplet', resource_id: droplet.id });
      return action.type === 'snapshot' && remembered
        ? { resourceName: droplet.name, ...rememberedSnapshotSize(names, remembered) }
        : { resourceName: droplet.name };
    };
    const actions = await client.dropletActions.postByTag(tagName, action);
    // Named after its first action: DigitalOcean's ids are unique, so the batch's is too.
    const batch = `tag:${tagName}:${actions[0]?.id ?? 'none'}`;
    const followed = followActions(
      tracker,
      actions.map((started) => ({ action: started, context: { ...contextOf(started.resource_id), batch } })),
    );
    tracker.batchSent(batch, actions.length, action.type, 'droplet');
    return followed;
  };
