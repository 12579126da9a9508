import type { ApiSessions } from '../api-session';
import type { Handlers } from '../dispatch';

export const dropletsAssociatedResourcesHandler =
  (sessions: ApiSessions): Handlers['droplets.associatedResources'] =>
  async ({ id }) =>
    (await sessions.client()).associatedResources.list(id);
