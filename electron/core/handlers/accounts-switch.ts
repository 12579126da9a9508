import type { AccountsService } from '../accounts/accounts-service';
import type { Handlers } from '../dispatch';

export const accountsSwitchHandler =
  (accounts: AccountsService): Handlers['accounts.switch'] =>
  ({ id }) =>
    accounts.switch(id);
