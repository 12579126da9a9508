import type { SshKey } from '../../../shared/do-types';
import type { CallOptions } from './call-options';
import { path, type ClientContext } from './context';
import { itemsAt, type ListSpec } from './pagination';

const sshKeyList: ListSpec<SshKey> = { path: '/v2/account/keys', pick: itemsAt('ssh_keys') };

/** `/v2/account/keys`. DigitalOcean allows only 10 lists of keys a minute: callers cache the answer. */
export const sshKeysApi = (ctx: ClientContext) => ({
  /** Every key of the account. */
  listAll: (call?: CallOptions): Promise<SshKey[]> => ctx.all(sshKeyList, call),
  /** Adds a key; DigitalOcean refuses one already on the account (422). */
  create: (name: string, publicKey: string, call?: CallOptions): Promise<SshKey> =>
    ctx.read('ssh_key', { method: 'POST', path: '/v2/account/keys', body: { name, public_key: publicKey } }, call),
  /** Renames a key, named by id or fingerprint. */
  rename: (identifier: number | string, name: string, call?: CallOptions): Promise<SshKey> =>
    ctx.read('ssh_key', { method: 'PUT', path: path`/v2/account/keys/${String(identifier)}`, body: { name } }, call),
  /** Removes a key from the account (not from Droplets that have it). */
  delete: (identifier: number | string, call?: CallOptions): Promise<void> =>
    ctx.send({ method: 'DELETE', path: path`/v2/account/keys/${String(identifier)}` }, call),
});
