import { requestableStorages, type AccountList, type CurrentAccount, type DescribedAccount } from '../account-types';
import { noInput, operation } from '../operation';
import { z } from '../zod';

const accountId = z.object({ id: z.string().min(1).max(100) }).strict();

/** Write-only: the token goes in here and never comes back out of any operation. */
const newAccount = z
  .object({
    name: z.string().trim().min(1, 'Give the account a name.').max(64, 'Keep the name to 64 characters or fewer.'),
    token: z
      .string()
      .trim()
      .min(1, 'Paste a personal access token.')
      .max(1024, 'That is far longer than a DigitalOcean token.')
      .regex(/^\S*$/, 'A token has no spaces or line breaks inside it.'),
    storage: z.enum(requestableStorages),
  })
  .strict();

export const accountOperations = {
  /** Every account with its status and the keychain's availability; never a token. */
  'accounts.list': operation<AccountList>()(noInput),
  /** Validates a token with DigitalOcean, keeps it where asked, and answers with the account it belongs to. */
  'accounts.add': operation<DescribedAccount>()(newAccount),
  /** Forgets an account and deletes its token from the keychain. */
  'accounts.remove': operation<{ id: string }>()(accountId),
  /** Makes an account the one every view works with. */
  'accounts.switch': operation<CurrentAccount>()(accountId),
  /** The account every view works with, if any. */
  'accounts.current': operation<CurrentAccount>()(noInput),
};
