import type { Action, ActionLink, Droplet, DropletCreate } from '../../../shared/do-types';
import type { ApiSessions } from '../api-session';
import type { Handlers } from '../dispatch';
import type { ResourceNames } from '../resource-names';
import type { ActionTracker } from '../tracker/action-tracker';
import { dropletRow, rememberDroplet } from './droplet-rows';
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

/** One name is sent as `name` (answered with `droplet`), several as `names` (answered with `droplets`). */
export const dropletsCreateHandler =
  (sessions: ApiSessions, names: ResourceNames, tracker: ActionTracker): Handlers['droplets.create'] =>
  async (request) => {
    const client = await sessions.client();
    const body: DropletCreate = {
      region: request.region,
      size: request.size,
      image: request.image,
      ssh_keys: request.sshKeys,
      tags: request.tags,
      backups: request.backups,
      ipv6: request.ipv6,
      monitoring: request.monitoring,
      user_data: request.userData,
      vpc_uuid: request.vpcUuid,
    };
    const [only] = request.names;
    const answer =
      request.names.length === 1 && only !== undefined
        ? await client.droplets.create({ ...body, name: only })
        : await client.droplets.create({ ...body, names: request.names });
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
