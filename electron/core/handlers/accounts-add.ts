import type { AccountsService } from '../accounts/accounts-service';
import type { Handlers } from '../dispatch';

export const accountsAddHandler =
  (accounts: AccountsService): Handlers['accounts.add'] =>
  (request) =>
    accounts.add(request);
