import type { ApiSessions } from '../api-session';
import type { Handlers } from '../dispatch';
import type { ResourceNames } from '../resource-names';
import { rememberDroplet } from './droplet-rows';

export const dropletsGetHandler =
  (sessions: ApiSessions, names: ResourceNames): Handlers['droplets.get'] =>
  async ({ id }) => {
    const droplet = await (await sessions.client()).droplets.get(id);
    rememberDroplet(names, droplet);
    return droplet;
  };
