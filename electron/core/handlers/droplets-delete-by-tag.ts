import type { ApiSessions } from '../api-session';
import type { Handlers } from '../dispatch';

export const dropletsDeleteByTagHandler =
  (sessions: ApiSessions): Handlers['droplets.deleteByTag'] =>
  async ({ tagName }) => {
    await (await sessions.client()).droplets.deleteByTag(tagName);
    return { tagName };
  };
