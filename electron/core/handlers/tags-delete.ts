import type { ApiSessions } from '../api-session';
import type { Handlers } from '../dispatch';

export const tagsDeleteHandler =
  (sessions: ApiSessions): Handlers['tags.delete'] =>
  async ({ name }) => {
    await (await sessions.client()).tags.delete(name);
    return { name };
  };
