import type { ApiSessions } from '../api-session';
import type { Handlers } from '../dispatch';

export const tagsListHandler =
  (sessions: ApiSessions): Handlers['tags.list'] =>
  async () =>
    (await sessions.client()).tags.listAll();
