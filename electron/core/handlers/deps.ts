import type { AppInfo } from '../../../shared/app-types';
import type { AccountsService } from '../accounts/accounts-service';
import type { ApiSessions } from '../api-session';
import type { Handlers } from '../dispatch';
import type { ResourceNames } from '../resource-names';
import type { ActionTracker } from '../tracker/action-tracker';

/** Everything a handler may use; each area's handlers take what they need from it. */
export interface HandlerDeps {
  info: AppInfo;
  accounts: AccountsService;
  /** The active account's DigitalOcean client. */
  sessions: ApiSessions;
  tracker: ActionTracker;
  /** Fill it from whatever a handler lists or reads, so the tracker can name actions it did not start. */
  resourceNames: ResourceNames;
}

/** One area's share of the handler map. */
export type AreaHandlers<K extends keyof Handlers> = Pick<Handlers, K>;
