import type { AppInfo } from '../../../shared/app-types';
import type { AccountsService } from '../accounts/accounts-service';
import type { Handlers } from '../dispatch';
import type { ActionTracker } from '../tracker/action-tracker';
import { accountsAddHandler } from './accounts-add';
import { accountsCurrentHandler } from './accounts-current';
import { accountsListHandler } from './accounts-list';
import { accountsRemoveHandler } from './accounts-remove';
import { accountsSwitchHandler } from './accounts-switch';
import { actionsTrackedHandler } from './actions-tracked';
import { appInfoHandler } from './app-info';

export interface HandlerDeps {
  info: AppInfo;
  accounts: AccountsService;
  tracker: ActionTracker;
}

/** The handler map both transports serve. */
export const createHandlers = ({ info, accounts, tracker }: HandlerDeps): Handlers => ({
  'app.info': appInfoHandler(info, accounts),
  'accounts.list': accountsListHandler(accounts),
  'accounts.add': accountsAddHandler(accounts),
  'accounts.remove': accountsRemoveHandler(accounts),
  'accounts.switch': accountsSwitchHandler(accounts),
  'accounts.current': accountsCurrentHandler(accounts),
  'actions.tracked': actionsTrackedHandler(tracker),
});
