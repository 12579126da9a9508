import type { Handlers } from '../dispatch';
import { accountHandlers } from './accounts';
import { dropletHandlers } from './droplets';
import { tagHandlers } from './tags';
import { actionHandlers } from './actions';
import { appHandlers } from './app';
import { catalogHandlers } from './catalog';
import { sshKeyHandlers } from './ssh-keys';
import type { HandlerDeps } from './deps';
import { imageHandlers } from './images';
import { listHandlers } from './lists';
import { preferenceHandlers } from './preferences';
import { snapshotHandlers } from './snapshots';
import { workflowHandlers } from './workflows';

export type { HandlerDeps } from './deps';

/** The handler map both transports serve: every area's handlers, one line each. */
export const createHandlers = (deps: HandlerDeps): Handlers => ({
  ...appHandlers(deps),
  ...accountHandlers(deps),
  ...dropletHandlers(deps),
  ...tagHandlers(deps),
  ...actionHandlers(deps),
  ...imageHandlers(deps),
  ...preferenceHandlers(deps),
  ...snapshotHandlers(deps),
  ...catalogHandlers(deps),
  ...sshKeyHandlers(deps),
  ...workflowHandlers(deps),
  ...listHandlers(deps),
});
