import type { Action } from '../../../shared/do-types';
import type { CallOptions } from './call-options';
import { path, type ClientContext } from './context';
import { itemsAt, type ListPage, type ListSpec, type PageQuery } from './pagination';

const actionList: ListSpec<Action> = { path: '/v2/actions', pick: itemsAt('actions') };

/** `/v2/actions`: every action of the account, newest first. */
export const actionsApi = (ctx: ClientContext) => ({
  /** One page, newest first: page 1 refreshes every recent action at once (a small `per_page` keeps it cheap). */
  list: (page?: PageQuery, call?: CallOptions): Promise<ListPage<Action>> => ctx.page(actionList, page, call),
  /** The account's whole history, which grows without end: for exports, not for polling. */
  listAll: (call?: CallOptions): Promise<Action[]> => ctx.all(actionList, call),
  /** One action, with its final `completed_at`. */
  get: (id: number, call?: CallOptions): Promise<Action> => ctx.read('action', { method: 'GET', path: path`/v2/actions/${id}` }, call),
});
