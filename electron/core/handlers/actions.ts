import { actionsHistoryHandler } from './actions-history';
import { actionsRecentHandler } from './actions-recent';
import { actionsTrackedHandler } from './actions-tracked';
import type { AreaHandlers, HandlerDeps } from './deps';

export const actionHandlers = (deps: HandlerDeps): AreaHandlers<'actions.tracked' | 'actions.history' | 'actions.recent'> => ({
  'actions.tracked': actionsTrackedHandler(deps.tracker),
  'actions.history': actionsHistoryHandler(deps),
  'actions.recent': actionsRecentHandler(deps.recentSettled),
});
