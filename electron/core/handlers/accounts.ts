import { accountsAddHandler } from './accounts-add';
import { accountsCurrentHandler } from './accounts-current';
import { accountsListHandler } from './accounts-list';
import { accountsRemoveHandler } from './accounts-remove';
import { accountsSwitchHandler } from './accounts-switch';
import type { AreaHandlers, HandlerDeps } from './deps';

export const accountHandlers = ({
  accounts,
}: HandlerDeps): AreaHandlers<'accounts.list' | 'accounts.add' | 'accounts.remove' | 'accounts.switch' | 'accounts.current'> => ({
  'accounts.list': accountsListHandler(accounts),
  'accounts.add': accountsAddHandler(accounts),
  'accounts.remove': accountsRemoveHandler(accounts),
  'accounts.switch': accountsSwitchHandler(accounts),
  'accounts.current': accountsCurrentHandler(accounts),
});
