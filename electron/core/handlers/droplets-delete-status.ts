import type { ApiSessions } from '../api-session';
import type { Handlers } from '../dispatch';

export const dropletsDeleteStatusHandler =
  (sessions: ApiSessions): Handlers['droplets.deleteStatus'] =>
  async ({ id }) =>
    (await sessions.client()).associatedResources.status(id);
