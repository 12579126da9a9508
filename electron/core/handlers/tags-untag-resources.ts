import type { ApiSessions } from '../api-session';
import type { Handlers } from '../dispatch';

export const tagsUntagResourcesHandler =
  (sessions: ApiSessions): Handlers['tags.untagResources'] =>
  async ({ name, resources }) => {
    await (await sessions.client()).tags.untagResources(name, resources);
    return { name };
  };
