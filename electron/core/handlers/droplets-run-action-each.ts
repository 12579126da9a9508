import type { DropletActionRequest } from '../../../shared/do-types';
import type { ResponseOf } from '../../../shared/contract';
import type { ApiSessions } from '../api-session';
import { mapLimited } from '../concurrency';
import type { Handlers } from '../dispatch';
import { toPanelError } from '../errors';
import type { ResourceNames } from '../resource-names';
import type { ActionTracker } from '../tracker/action-tracker';
import { dropletActionContext } from './droplet-action-context';
import { followAction } from './follow-actions';

type Outcome = ResponseOf<'droplets.runActionEach'>[number];

/**
 * Requests in flight at once. Small on purpose: the rate governor paces every request of the token,
 * and a few at a time leave room for the person's other clicks while a long batch goes out.
 */
export const runEachConcurrency = 3;

/**
 * Sends the action to each Droplet once (the client never retries a write) and follows those that
 * start. A refusal (a locked Droplet's 422, a 404, a 429 the governor could not wait out) becomes that
 * Droplet's outcome with DigitalOcean's message and request id, and the others carry on. Answers in
 * the order of the ids, each id once.
 */
export const dropletsRunActionEachHandler =
  (sessions: ApiSessions, names: ResourceNames, tracker: ActionTracker): Handlers['droplets.runActionEach'] =>
  async ({ ids, action }) => {
    const client = await sessions.client();
    return mapLimited([...new Set(ids)], runEachConcurrency, async (id): Promise<Outcome> => {
      try {
        const context = await dropletActionContext(client, names, id, action);
        // The wire type is the spec's enum; every type this operation accepts is in it.
        const started = await client.dropletActions.post(id, action as DropletActionRequest);
        return { id, outcome: 'started', started: followAction(tracker, started, context) };
      } catch (error) {
        return { id, outcome: 'failed', error: toPanelError(error) };
      }
    });
  };
