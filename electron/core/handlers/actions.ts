import { actionsHistoryHandler } from './actions-history';
import { actionsTrackedHandler } from './actions-tracked';
import type { AreaHandlers, HandlerDeps } from './deps';

export const actionHandlers = (deps: HandlerDeps): AreaHandlers<'actions.tracked' | 'actions.history'> => ({
  'actions.tracked': actionsTrackedHandler(deps.tracker),
  'actions.history': actionsHistoryHandler(deps),
});
