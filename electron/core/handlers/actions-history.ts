import type { Handlers } from '../dispatch';
import type { HandlerDeps } from './deps';

/** One page, as asked: the account's history grows without end, so it is never fetched whole. */
export const actionsHistoryHandler =
  ({ sessions }: Pick<HandlerDeps, 'sessions'>): Handlers['actions.history'] =>
  async ({ page, perPage }) => {
    const { items, meta } = await (await sessions.client()).actions.list({ page, per_page: perPage });
    return { actions: items, page, perPage, total: meta.total };
  };
