import type { Handlers } from '../dispatch';
import type { HandlerDeps } from './deps';
import { rememberSnapshot } from './remember-images';

export const snapshotsGetHandler =
  ({ sessions, resourceNames }: Pick<HandlerDeps, 'sessions' | 'resourceNames'>): Handlers['snapshots.get'] =>
  async ({ id }) => {
    const snapshot = await (await sessions.client()).snapshots.get(id);
    rememberSnapshot(resourceNames, snapshot);
    return snapshot;
  };
