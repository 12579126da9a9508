import type { ApiSessions } from '../api-session';
import type { Handlers } from '../dispatch';

export const dropletsBackupPolicyHandler =
  (sessions: ApiSessions): Handlers['droplets.backupPolicy'] =>
  async ({ id }) =>
    (await sessions.client()).backupPolicies.get(id);
