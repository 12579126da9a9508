import type { Action } from '../../../shared/do-types';
import type { DropletActionByTagRequest, DropletActionRequest } from '../../../shared/requests/droplet-actions';
import type { CallOptions } from './call-options';
import { path, type ClientContext } from './context';
import { itemsAt, type ListPage, type ListSpec, type PageQuery } from './pagination';

const actionList = (dropletId: number): ListSpec<Action> => ({ path: path`/v2/droplets/${dropletId}/actions`, pick: itemsAt('actions') });

/** `/v2/droplets/{id}/actions` and `/v2/droplets/actions?tag_name=`. */
export const dropletActionsApi = (ctx: ClientContext) => ({
  /** Starts an action; a locked Droplet (an action still running) refuses with `conflict`. */
  post: (dropletId: number, body: DropletActionRequest, call?: CallOptions): Promise<Action> =>
    ctx.read('action', { method: 'POST', path: path`/v2/droplets/${dropletId}/actions`, body }, call),
  /** Starts an action on every Droplet with the tag: one action each. */
  postByTag: (tagName: string, body: DropletActionByTagRequest, call?: CallOptions): Promise<Action[]> =>
    ctx.read('actions', { method: 'POST', path: '/v2/droplets/actions', query: { tag_name: tagName }, body }, call),
  /** One page of the Droplet's actions. */
  list: (dropletId: number, page?: PageQuery, call?: CallOptions): Promise<ListPage<Action>> => ctx.page(actionList(dropletId), page, call),
  /** Every action of the Droplet. */
  listAll: (dropletId: number, call?: CallOptions): Promise<Action[]> => ctx.all(actionList(dropletId), call),
  /** One action of the Droplet. */
  get: (dropletId: number, actionId: number, call?: CallOptions): Promise<Action> =>
    ctx.read('action', { method: 'GET', path: path`/v2/droplets/${dropletId}/actions/${actionId}` }, call),
});
