import type { dropletOperations } from '../../../shared/operations/droplets';
import type { AreaHandlers, HandlerDeps } from './deps';
import { dropletsActionsHandler } from './droplets-actions';
import { dropletsAssociatedResourcesHandler } from './droplets-associated-resources';
import { dropletsBackupPolicyHandler } from './droplets-backup-policy';
import { dropletsBackupsHandler } from './droplets-backups';
import { dropletsCreateHandler } from './droplets-create';
import { dropletsDeleteHandler } from './droplets-delete';
import { dropletsDeleteByTagHandler } from './droplets-delete-by-tag';
import { dropletsDeleteRetryHandler } from './droplets-delete-retry';
import { dropletsDeleteStatusHandler } from './droplets-delete-status';
import { dropletsDeleteWithResourcesHandler } from './droplets-delete-with-resources';
import { dropletsGetHandler } from './droplets-get';
import { dropletsKernelsHandler } from './droplets-kernels';
import { dropletsListHandler } from './droplets-list';
import { dropletsMetricsHandler } from './droplets-metrics';
import { dropletsNeighborsHandler } from './droplets-neighbors';
import { dropletsRunActionHandler } from './droplets-run-action';
import { dropletsRunActionByTagHandler } from './droplets-run-action-by-tag';
import { dropletsRunActionEachHandler } from './droplets-run-action-each';
import { dropletsSnapshotsHandler } from './droplets-snapshots';

export const dropletHandlers = ({ sessions, resourceNames, tracker }: HandlerDeps): AreaHandlers<keyof typeof dropletOperations> => ({
  'droplets.list': dropletsListHandler(sessions, resourceNames),
  'droplets.get': dropletsGetHandler(sessions, resourceNames),
  'droplets.create': dropletsCreateHandler(sessions, resourceNames, tracker),
  'droplets.delete': dropletsDeleteHandler(sessions),
  'droplets.deleteByTag': dropletsDeleteByTagHandler(sessions),
  'droplets.associatedResources': dropletsAssociatedResourcesHandler(sessions),
  'droplets.deleteWithResources': dropletsDeleteWithResourcesHandler(sessions),
  'droplets.deleteStatus': dropletsDeleteStatusHandler(sessions),
  'droplets.deleteRetry': dropletsDeleteRetryHandler(sessions),
  'droplets.runAction': dropletsRunActionHandler(sessions, resourceNames, tracker),
  'droplets.runActionByTag': dropletsRunActionByTagHandler(sessions, resourceNames, tracker),
  'droplets.runActionEach': dropletsRunActionEachHandler(sessions, resourceNames, tracker),
  'droplets.kernels': dropletsKernelsHandler(sessions),
  'droplets.snapshots': dropletsSnapshotsHandler(sessions),
  'droplets.backups': dropletsBackupsHandler(sessions),
  'droplets.actions': dropletsActionsHandler(sessions),
  'droplets.neighbors': dropletsNeighborsHandler(sessions, resourceNames),
  'droplets.backupPolicy': dropletsBackupPolicyHandler(sessions),
  'droplets.metrics': dropletsMetricsHandler(sessions),
});
