import type { SshKey } from '../../../shared/do-types';
import type { CallOptions } from './call-options';
import type { ClientContext } from './context';
import { itemsAt, type ListSpec } from './pagination';

const sshKeyList: ListSpec<SshKey> = { path: '/v2/account/keys', pick: itemsAt('ssh_keys') };

/** `/v2/account/keys`. DigitalOcean allows only 10 lists of keys a minute: callers cache the answer. */
export const sshKeysApi = (ctx: ClientContext) => ({
  /** Every key of the account. */
  listAll: (call?: CallOptions): Promise<SshKey[]> => ctx.all(sshKeyList, call),
});
