import type { ApiSessions } from '../api-session';
import type { Handlers } from '../dispatch';

/** A retry while a delete still runs is DigitalOcean's 409, passed on as `conflict`. */
export const dropletsDeleteRetryHandler =
  (sessions: ApiSessions): Handlers['droplets.deleteRetry'] =>
  async ({ id }) => {
    await (await sessions.client()).associatedResources.retry(id);
    return { id };
  };
