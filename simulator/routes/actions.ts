import { notFound } from '../errors';
import type { Route } from '../router';
import { actionView } from '../views/action';
import type { World } from '../world';
import { listReply, ok, pathId } from './helpers';

/** The whole account's actions, newest first: one request refreshes everything a client is watching. */
export const actionRoutes = (world: World): Route[] => [
  { method: 'GET', path: '/v2/actions', handle: (request) => listReply(request, 'actions', world.store.actionsNewestFirst(), actionView) },
  {
    method: 'GET',
    path: '/v2/actions/{action_id}',
    handle: (request) => {
      const action = world.store.actions.get(pathId(request, 'action_id'));
      if (!action) throw notFound();
      return ok({ action: actionView(action) });
    },
  },
];
