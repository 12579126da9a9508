import type { Action } from '../../../shared/do-types';
import type { dropletOperations } from '../../../shared/operations/droplets';
import type { AreaHandlers, HandlerDeps } from './deps';
import { dropletRow } from '../../../shared/droplet-rows';
import { rememberDroplet } from './remember-droplet';
import { dropletsCreateHandler } from './droplets-create';
import { dropletsListHandler } from './droplets-list';
import { keepingLastKnown, keptDropletList } from './lists';
import { answeringStreamed } from './streamed-answer';
import { dropletsRunActionHandler } from './droplets-run-action';
import { dropletsRunActionByTagHandler } from './droplets-run-action-by-tag';

/** DigitalOcean writes every time in one ISO 8601 form (`2025-06-02T09:30:00Z`), so the strings sort as the instants do. */
const newestFirst = (a: Action, b: Action): number => (b.started_at ?? '').localeCompare(a.started_at ?? '') || (b.id ?? 0) - (a.id ?? 0);

/** The small Droplet handlers are written here; those with more to them have files of their own. */
export const dropletHandlers = ({ sessions, resourceNames, tracker, now, events, ...deps }: HandlerDeps): AreaHandlers<keyof typeof dropletOperations> => ({
  'droplets.list': answeringStreamed(keepingLastKnown({ ...deps, now }, keptDropletList, dropletsListHandler(sessions, resourceNames, events))),
  'droplets.get': async ({ id }) => {
    const droplet = await (await sessions.client()).droplets.get(id);
    rememberDroplet(resourceNames, droplet);
    return droplet;
  },
  'droplets.create': dropletsCreateHandler(sessions, resourceNames, tracker),
  /** `DELETE /v2/droplets/{id}`: DigitalOcean has no "destroy" action to use instead. */
  'droplets.delete': async ({ id }) => {
    await (await sessions.client()).droplets.delete(id);
    return { id };
  },
  'droplets.deleteByTag': async ({ tagName }) => {
    await (await sessions.client()).droplets.deleteByTag(tagName);
    return { tagName };
  },
  'droplets.associatedResources': async ({ id }) => (await sessions.client()).associatedResources.list(id),
  'droplets.runAction': dropletsRunActionHandler(sessions, resourceNames, tracker, now),
  'droplets.runActionByTag': dropletsRunActionByTagHandler(sessions, resourceNames, tracker),
  'droplets.kernels': async ({ id }) => (await sessions.client()).droplets.kernelsAll(id),
  'droplets.snapshots': async ({ id }) => (await sessions.client()).droplets.snapshotsAll(id),
  'droplets.backups': async ({ id }) => (await sessions.client()).droplets.backupsAll(id),
  /** Sorted here: the contract promises newest first, the spec promises no order. */
  'droplets.actions': async ({ id }) => (await (await sessions.client()).dropletActions.listAll(id)).sort(newestFirst),
  'droplets.neighbors': async ({ id }) => {
    const neighbors = await (await sessions.client()).droplets.neighbors(id);
    for (const droplet of neighbors) rememberDroplet(resourceNames, droplet);
    return neighbors.map(dropletRow);
  },
  'droplets.backupPolicy': async ({ id }) => (await sessions.client()).backupPolicies.get(id),
  /** Bandwidth has an endpoint of its own, asked per interface and direction. */
  'droplets.metrics': async (request) => {
    const { monitoring } = await sessions.client();
    const window = { host_id: request.id, start: request.start, end: request.end };
    return request.metric === 'bandwidth'
      ? monitoring.dropletBandwidth({ ...window, interface: request.interface, direction: request.direction })
      : monitoring.dropletMetric(request.metric, window);
  },
});
