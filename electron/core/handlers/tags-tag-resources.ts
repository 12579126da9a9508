import type { ApiSessions } from '../api-session';
import type { Handlers } from '../dispatch';

export const tagsTagResourcesHandler =
  (sessions: ApiSessions): Handlers['tags.tagResources'] =>
  async ({ name, resources }) => {
    await (await sessions.client()).tags.tagResources(name, resources);
    return { name };
  };
