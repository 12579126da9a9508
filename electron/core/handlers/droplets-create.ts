import type { Action, ActionLink, Droplet } from '../../../shared/do-types';
import { dropletCreateBody } from '../../../shared/requests/droplet-create-body';
import type { ApiSessions } from '../api-session';
import type { Handlers } from '../dispatch';
import type { ResourceNames } from '../resource-names';
import type { ActionTracker } from '../tracker/action-tracker';
import { dropletRow } from '../../../shared/droplet-rows';
import { rememberDroplet } from './remember-droplet';
import { followActions, type Started } from './follow-actions';

/** A create answers with links, not actions: each link's action is the create of the Droplet at the same place. */
const createAction = (link: ActionLink, droplet: Droplet): Action => ({
  id: link.id,
  type: 'create',
  status: 'in-progress',
  started_at: droplet.created_at,
  resource_id: droplet.id,
  resource_type: 'droplet',
  region_slug: droplet.region.slug,
});

/** Creates the droplets in one request and follows their create actions. */
export const dropletsCreateHandler =
  (sessions: ApiSessions, names: ResourceNames, tracker: ActionTracker): Handlers['droplets.create'] =>
  async (request) => {
    const client = await sessions.client();
    const answer = await client.droplets.create(dropletCreateBody(request));
    const droplets = 'droplet' in answer ? [answer.droplet] : answer.droplets;
    for (const droplet of droplets) rememberDroplet(names, droplet);
    // The Droplets exist now: nothing below may fail the request, or a retry would create them twice.
    const links = answer.links?.actions ?? [];
    const started: Started[] =
      links.length === droplets.length
        ? droplets.map((droplet, index) => ({
            action: createAction(links[index] as ActionLink, droplet),
            context: { resourceName: droplet.name },
          }))
        : [];
    return { droplets: droplets.map(dropletRow), actions: followActions(tracker, started) };
  };
