import type { AreaHandlers, HandlerDeps } from './deps';
import { rememberSnapshot } from './remember-images';

export const snapshotHandlers = ({
  sessions,
  resourceNames,
}: Pick<HandlerDeps, 'sessions' | 'resourceNames'>): AreaHandlers<'snapshots.list' | 'snapshots.get' | 'snapshots.delete'> => ({
  'snapshots.list': async ({ resourceType }) => {
    const snapshots = await (await sessions.client()).snapshots.listAll({ resource_type: resourceType });
    for (const snapshot of snapshots) rememberSnapshot(resourceNames, snapshot);
    return snapshots;
  },
  'snapshots.get': async ({ id }) => {
    const snapshot = await (await sessions.client()).snapshots.get(id);
    rememberSnapshot(resourceNames, snapshot);
    return snapshot;
  },
  /** Answers with the id as `/v2/snapshots` spells it (a string), whichever form was asked for. */
  'snapshots.delete': async ({ id }) => {
    await (await sessions.client()).snapshots.delete(id);
    return { id: String(id) };
  },
});
