import { actionsTrackedHandler } from './actions-tracked';
import type { AreaHandlers, HandlerDeps } from './deps';

export const actionHandlers = ({ tracker }: HandlerDeps): AreaHandlers<'actions.tracked'> => ({
  'actions.tracked': actionsTrackedHandler(tracker),
});
