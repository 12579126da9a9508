/**
 * The name of every contract operation, in the order shared/contract.ts declares them. It lives apart
 * from the operations so that the sandboxed preload and the renderer's bridges can build their
 * methods from it at runtime without bundling the request schemas (and zod). contract.ts proves at
 * compile time that it names exactly the operations, no more and no fewer.
 */
export const operationNames = [
  'app.info',
  'accounts.list',
  'accounts.add',
  'accounts.remove',
  'accounts.switch',
  'accounts.current',
  'droplets.list',
  'droplets.get',
  'droplets.create',
  'droplets.delete',
  'droplets.deleteByTag',
  'droplets.associatedResources',
  'droplets.runAction',
  'droplets.runActionByTag',
  'droplets.kernels',
  'droplets.snapshots',
  'droplets.backups',
  'droplets.actions',
  'droplets.neighbors',
  'droplets.backupPolicy',
  'droplets.metrics',
  'tags.list',
  'tags.create',
  'tags.delete',
  'tags.tagResources',
  'tags.untagResources',
  'actions.tracked',
  'actions.history',
  'actions.recent',
  'images.list',
  'images.get',
  'images.importCustom',
  'images.update',
  'images.delete',
  'images.runAction',
  'images.actions',
  'snapshots.list',
  'snapshots.get',
  'snapshots.delete',
  'preferences.get',
  'preferences.update',
  'catalog.regions',
  'catalog.sizes',
  'sshKeys.list',
  'workflows.start',
  'workflows.list',
  'workflows.retry',
  'workflows.dismiss',
] as const;

/** A name on the list above; contract.ts proves this is the same set as its `OperationName`. */
export type ListedOperationName = (typeof operationNames)[number];
