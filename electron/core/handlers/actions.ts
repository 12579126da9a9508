import type { AreaHandlers, HandlerDeps } from './deps';

export const actionHandlers = ({
  sessions,
  tracker,
  recentSettled,
}: HandlerDeps): AreaHandlers<'actions.tracked' | 'actions.history' | 'actions.recent'> => ({
  /** Answers from the tracker's memory: polling the UI's progress bars costs no API request. */
  'actions.tracked': async () => tracker.list(),
  /** One page, as asked: the account's history grows without end, so it is never fetched whole. */
  'actions.history': async ({ page, perPage }) => {
    const { items, meta } = await (await sessions.client()).actions.list({ page, per_page: perPage });
    return { actions: items, page, perPage, total: meta.total };
  },
  /** Answers from memory: what settled since the account became current, newest first. */
  'actions.recent': async () => recentSettled.list(),
});
