import { runDropletAction, runTaggedAction } from '../actions/droplet-actions';
import { notFound } from '../errors';
import type { Route } from '../router';
import type { DropletRecord } from '../state';
import { actionView } from '../views/action';
import type { World } from '../world';
import { bodyObject, findDroplet, listReply, ok, pathId, requiredQuery } from './helpers';

export const dropletActionRoutes = (world: World): Route[] => [
  {
    method: 'GET',
    path: '/v2/droplets/{droplet_id}/actions',
    handle: (request) => listReply(request, 'actions', world.store.actionsOf('droplet', findDroplet(world, request).id), actionView),
  },
  {
    method: 'POST',
    path: '/v2/droplets/{droplet_id}/actions',
    handle: (request) => {
      const droplet = findDroplet(world, request);
      return ok({ action: actionView(runDropletAction(world, droplet, bodyObject(request))) }, 201);
    },
  },
  {
    method: 'GET',
    path: '/v2/droplets/{droplet_id}/actions/{action_id}',
    handle: (request) => {
      const droplet = findDroplet(world, request);
      const action = world.store.actions.get(pathId(request, 'action_id'));
      if (!action || action.resourceType !== 'droplet' || action.resourceId !== droplet.id) throw notFound();
      return ok({ action: actionView(action) });
    },
  },
  {
    // The spec marks tag_name optional here (FACTS.md §11.11), but without it the request means nothing.
    method: 'POST',
    path: '/v2/droplets/actions',
    handle: (request) => {
      const tag = world.store.findTag(requiredQuery(request, 'tag_name'));
      if (!tag) throw notFound();
      const droplets = [...tag.droplets].sort((a, b) => a - b).map((id) => world.store.droplets.get(id) as DropletRecord);
      return ok({ actions: runTaggedAction(world, droplets, bodyObject(request)).map(actionView) }, 201);
    },
  },
];
