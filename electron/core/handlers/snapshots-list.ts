import type { Handlers } from '../dispatch';
import type { HandlerDeps } from './deps';
import { rememberSnapshot } from './remember-images';

export const snapshotsListHandler =
  ({ sessions, resourceNames }: Pick<HandlerDeps, 'sessions' | 'resourceNames'>): Handlers['snapshots.list'] =>
  async ({ resourceType }) => {
    const snapshots = await (await sessions.client()).snapshots.listAll({ resource_type: resourceType });
    for (const snapshot of snapshots) rememberSnapshot(resourceNames, snapshot);
    return snapshots;
  };
