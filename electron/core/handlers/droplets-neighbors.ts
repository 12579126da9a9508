import type { ApiSessions } from '../api-session';
import type { Handlers } from '../dispatch';
import type { ResourceNames } from '../resource-names';
import { dropletRow, rememberDroplet } from './droplet-rows';

export const dropletsNeighborsHandler =
  (sessions: ApiSessions, names: ResourceNames): Handlers['droplets.neighbors'] =>
  async ({ id }) => {
    const neighbors = await (await sessions.client()).droplets.neighbors(id);
    for (const droplet of neighbors) rememberDroplet(names, droplet);
    return neighbors.map(dropletRow);
  };
