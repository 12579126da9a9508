import type { Account } from '../../../shared/do-types';
import type { CallOptions } from './call-options';
import type { ClientContext } from './context';

/** `/v2/account`. */
export const accountApi = (ctx: ClientContext) => ({
  /** The account (or team) the token belongs to. */
  get: (call?: CallOptions): Promise<Account> => ctx.read('account', { method: 'GET', path: '/v2/account' }, call),
});
