import type { ApiSessions } from '../api-session';
import type { Handlers } from '../dispatch';

export const dropletsKernelsHandler =
  (sessions: ApiSessions): Handlers['droplets.kernels'] =>
  async ({ id }) =>
    (await sessions.client()).droplets.kernelsAll(id);
