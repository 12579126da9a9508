import type { AreaHandlers, HandlerDeps } from './deps';
import { snapshotsDeleteHandler } from './snapshots-delete';
import { snapshotsGetHandler } from './snapshots-get';
import { snapshotsListHandler } from './snapshots-list';

export const snapshotHandlers = (deps: HandlerDeps): AreaHandlers<'snapshots.list' | 'snapshots.get' | 'snapshots.delete'> => ({
  'snapshots.list': snapshotsListHandler(deps),
  'snapshots.get': snapshotsGetHandler(deps),
  'snapshots.delete': snapshotsDeleteHandler(deps),
});
