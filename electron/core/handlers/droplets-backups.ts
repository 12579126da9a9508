import type { ApiSessions } from '../api-session';
import type { Handlers } from '../dispatch';

export const dropletsBackupsHandler =
  (sessions: ApiSessions): Handlers['droplets.backups'] =>
  async ({ id }) =>
    (await sessions.client()).droplets.backupsAll(id);
