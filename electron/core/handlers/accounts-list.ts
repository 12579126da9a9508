import type { AccountsService } from '../accounts/accounts-service';
import type { Handlers } from '../dispatch';

export const accountsListHandler =
  (accounts: AccountsService): Handlers['accounts.list'] =>
  () =>
    accounts.list();
