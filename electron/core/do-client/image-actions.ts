import type { Action } from '../../../shared/do-types';
import type { ImageActionRequest } from '../../../shared/requests/image-actions';
import type { CallOptions } from './call-options';
import { path, type ClientContext } from './context';
import { itemsAt, type ListPage, type ListSpec, type PageQuery } from './pagination';

const actionList = (imageId: number): ListSpec<Action> => ({ path: path`/v2/images/${imageId}/actions`, pick: itemsAt('actions') });

/** `/v2/images/{id}/actions`: transfer to another region, convert a backup to a snapshot. */
export const imageActionsApi = (ctx: ClientContext) => ({
  /** Starts a transfer or a conversion; the API wraps the action as `{action}` although its schema says otherwise (FACTS.md §3). */
  post: (imageId: number, body: ImageActionRequest, call?: CallOptions): Promise<Action> =>
    ctx.read('action', { method: 'POST', path: path`/v2/images/${imageId}/actions`, body }, call),
  /** One page of the image's actions. */
  list: (imageId: number, page?: PageQuery, call?: CallOptions): Promise<ListPage<Action>> => ctx.page(actionList(imageId), page, call),
  /** Every action of the image. */
  listAll: (imageId: number, call?: CallOptions): Promise<Action[]> => ctx.all(actionList(imageId), call),
  /** One action of the image. */
  get: (imageId: number, actionId: number, call?: CallOptions): Promise<Action> =>
    ctx.read('action', { method: 'GET', path: path`/v2/images/${imageId}/actions/${actionId}` }, call),
});
