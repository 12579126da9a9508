import { checkPublicKey } from '../../../shared/ssh-keys/public-key';
import { AppError } from '../errors';
import { md5Fingerprint } from '../ssh-key-fingerprint';
import type { AreaHandlers, HandlerDeps } from './deps';

type SshKeyOperation = 'sshKeys.list' | 'sshKeys.inspect' | 'sshKeys.add' | 'sshKeys.rename' | 'sshKeys.delete' | 'sshKeys.readFile';

/** The request schema already refused a bad key; this gives the checked form to code that needs it. */
const checkedKey = (text: string) => {
  const check = checkPublicKey(text);
  if (!check.ok) throw AppError.of('validation', check.error, { issues: [{ path: 'publicKey', message: check.error }] });
  return check;
};

/**
 * Uncached: the renderer keeps the keys per account for minutes (see shared/operations/ssh-keys.ts).
 * Reading a key file needs the desktop's file dialog; browser mode has none and the page reads the file itself.
 */
export const sshKeyHandlers = ({ sessions, pickPublicKeyFile }: Pick<HandlerDeps, 'sessions' | 'pickPublicKeyFile'>): AreaHandlers<SshKeyOperation> => ({
  'sshKeys.list': async () => (await sessions.client()).sshKeys.listAll(),
  'sshKeys.inspect': ({ publicKey }) => {
    const check = checkedKey(publicKey);
    return Promise.resolve({ type: check.type, fingerprint: md5Fingerprint(check.blob), comment: check.comment });
  },
  'sshKeys.add': async ({ name, publicKey }) => (await sessions.client()).sshKeys.create(name.trim(), checkedKey(publicKey).line),
  'sshKeys.rename': async ({ id, name }) => (await sessions.client()).sshKeys.rename(id, name.trim()),
  'sshKeys.delete': async ({ id }) => {
    await (await sessions.client()).sshKeys.delete(id);
    return { id };
  },
  'sshKeys.readFile': async () => {
    if (!pickPublicKeyFile) throw AppError.of('unavailable', 'Choosing a file from the main side is only available in the desktop app.');
    const file = await pickPublicKeyFile();
    return file ? { file } : {};
  },
});
