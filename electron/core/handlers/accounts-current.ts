import type { AccountsService } from '../accounts/accounts-service';
import type { Handlers } from '../dispatch';

export const accountsCurrentHandler =
  (accounts: AccountsService): Handlers['accounts.current'] =>
  () =>
    accounts.current();
