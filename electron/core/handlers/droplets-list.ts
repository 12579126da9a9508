import type { ApiSessions } from '../api-session';
import type { Handlers } from '../dispatch';
import type { ResourceNames } from '../resource-names';
import { dropletRow } from '../../../shared/droplet-rows';
import { rememberDroplet } from './remember-droplet';

/**
 * Every Droplet, every page. Without a filter the API leaves GPU Droplets out unless asked for them
 * (FACTS.md §1), so both kinds are listed; a tag filter cannot be combined with `type` and lists what
 * DigitalOcean has under the tag.
 */
export const dropletsListHandler =
  (sessions: ApiSessions, names: ResourceNames): Handlers['droplets.list'] =>
  async ({ tagName }) => {
    const client = await sessions.client();
    const droplets =
      tagName === undefined
        ? (await Promise.all([client.droplets.listAll(), client.droplets.listAll({ type: 'gpus' })])).flat()
        : await client.droplets.listAll({ tag_name: tagName });
    for (const droplet of droplets) rememberDroplet(names, droplet);
    return droplets.map(dropletRow);
  };
