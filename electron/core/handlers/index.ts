import type { Handlers } from '../dispatch';
import { accountHandlers } from './accounts';
import { actionHandlers } from './actions';
import { appHandlers } from './app';
import type { HandlerDeps } from './deps';

export type { HandlerDeps } from './deps';

/** The handler map both transports serve: every area's handlers, one line each. */
export const createHandlers = (deps: HandlerDeps): Handlers => ({
  ...appHandlers(deps),
  ...accountHandlers(deps),
  ...actionHandlers(deps),
});
