import type { ApiSessions } from '../api-session';
import type { Handlers } from '../dispatch';

export const dropletsSnapshotsHandler =
  (sessions: ApiSessions): Handlers['droplets.snapshots'] =>
  async ({ id }) =>
    (await sessions.client()).droplets.snapshotsAll(id);
