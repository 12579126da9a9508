import type { AppInfo } from '../../../shared/app-types';
import type { AccountsService } from '../accounts/accounts-service';
import type { Handlers } from '../dispatch';

/** The static facts, with the API the current account talks to (the simulator's while the demo is active). */
export const appInfoHandler =
  (info: AppInfo, accounts: AccountsService): Handlers['app.info'] =>
  async () => ({ ...info, apiBaseUrl: await accounts.apiBaseUrl() });
