import type { AccountsService } from '../accounts/accounts-service';
import type { Handlers } from '../dispatch';

export const accountsRemoveHandler =
  (accounts: AccountsService): Handlers['accounts.remove'] =>
  async ({ id }) => {
    await accounts.remove(id);
    return { id };
  };
