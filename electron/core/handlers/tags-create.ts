import type { ApiSessions } from '../api-session';
import type { Handlers } from '../dispatch';

export const tagsCreateHandler =
  (sessions: ApiSessions): Handlers['tags.create'] =>
  async ({ name }) =>
    (await sessions.client()).tags.create(name);
