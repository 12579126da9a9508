import { runImageAction } from '../actions/image-actions';
import { notFound } from '../errors';
import type { Route } from '../router';
import { actionView } from '../views/action';
import type { World } from '../world';
import { bodyObject, findImageById, listReply, ok, pathId } from './helpers';

/**
 * Image actions answer `{action: ...}`, as the API and the spec's examples do, although the spec's
 * schema describes a bare Action (FACTS.md §3).
 */
export const imageActionRoutes = (world: World): Route[] => [
  {
    method: 'GET',
    path: '/v2/images/{image_id}/actions',
    handle: (request) => listReply(request, 'actions', world.store.actionsOf('image', findImageById(world, request).id), actionView),
  },
  {
    method: 'POST',
    path: '/v2/images/{image_id}/actions',
    handle: (request) => ok({ action: actionView(runImageAction(world, findImageById(world, request), bodyObject(request))) }, 201),
  },
  {
    method: 'GET',
    path: '/v2/images/{image_id}/actions/{action_id}',
    handle: (request) => {
      const image = findImageById(world, request);
      const action = world.store.actions.get(pathId(request, 'action_id'));
      if (!action || action.resourceType !== 'image' || action.resourceId !== image.id) throw notFound();
      return ok({ action: actionView(action) });
    },
  },
];
