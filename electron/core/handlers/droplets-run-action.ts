import type { ApiSessions } from '../api-session';
import type { Handlers } from '../dispatch';
import type { ResourceNames } from '../resource-names';
import type { ActionTracker } from '../tracker/action-tracker';
import { dropletActionContext } from './droplet-action-context';
import { followAction } from './follow-actions';
import { postActionOnce } from './post-action-once';

/**
 * Sends the action once (the client never retries a write) and follows it. A Droplet busy with
 * another action is DigitalOcean's 422, which the client reports as `conflict` with DigitalOcean's
 * message and request id; it passes through untouched. A request that may have reached DigitalOcean
 * before failing is resolved by reading the account's actions, never by sending it again.
 */
export const dropletsRunActionHandler =
  (sessions: ApiSessions, names: ResourceNames, tracker: ActionTracker, now: () => number): Handlers['droplets.runAction'] =>
  async ({ id, action }) => {
    const client = await sessions.client();
    const context = await dropletActionContext(client, names, id, action);
    const newerThanId = tracker.newestActionId();
    const sent = { type: action.type, resourceType: 'droplet' as const, resourceId: id, resourceName: context.resourceName, sentAtMs: now(), ...(newerThanId === undefined ? {} : { newerThanId }) };
    const { action: started, foundAfter } = await postActionOnce(client, sent, () => client.dropletActions.post(id, action));
    return followAction(tracker, started, foundAfter === undefined ? context : { ...context, foundAfter });
  };
