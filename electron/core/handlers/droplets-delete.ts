import type { ApiSessions } from '../api-session';
import type { Handlers } from '../dispatch';

/** `DELETE /v2/droplets/{id}`: DigitalOcean has no "destroy" action to use instead. */
export const dropletsDeleteHandler =
  (sessions: ApiSessions): Handlers['droplets.delete'] =>
  async ({ id }) => {
    await (await sessions.client()).droplets.delete(id);
    return { id };
  };
