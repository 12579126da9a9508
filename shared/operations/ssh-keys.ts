import type { SshKey } from '../do-types';
import { noInput, operation } from '../operation';
import { checkPublicKey, MAX_PUBLIC_KEY_LENGTH, sshKeyNameError } from '../ssh-keys/public-key';
import { z } from '../zod';

/*
 * DigitalOcean answers only 10 key lists a minute per token: the renderer caches the list per account
 * for minutes, and the handlers stay stateless.
 */

/** One OpenSSH public key line, refused with the same words the form shows. */
const publicKeySchema = z
  .string()
  .max(MAX_PUBLIC_KEY_LENGTH)
  .superRefine((text, context) => {
    const check = checkPublicKey(text);
    if (!check.ok) context.addIssue({ code: 'custom', message: check.error });
  });

const keyNameSchema = z.string().superRefine((name, context) => {
  const problem = sshKeyNameError(name);
  if (problem) context.addIssue({ code: 'custom', message: problem });
});

const keyId = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);

/** What the panel computes of a key before sending it: the fingerprint is DigitalOcean's (MD5, as `ssh-keygen -l -E md5` prints it). */
export interface SshKeyInspection {
  type: string;
  fingerprint: string;
  comment: string;
}

/** A public key file the user chose on the desktop, read on the main side. */
export interface PublicKeyFile {
  fileName: string;
  text: string;
}

export const sshKeyOperations = {
  /** Every SSH key of the account, all pages. */
  'sshKeys.list': operation<SshKey[]>()(noInput),
  /** Checks a public key and computes its fingerprint locally; no request is made. */
  'sshKeys.inspect': operation<SshKeyInspection>()(z.object({ publicKey: publicKeySchema }).strict()),
  /** Adds a key to the account. */
  'sshKeys.add': operation<SshKey>()(z.object({ name: keyNameSchema, publicKey: publicKeySchema }).strict()),
  /** Renames a key: the only thing about a key that can change. */
  'sshKeys.rename': operation<SshKey>()(z.object({ id: keyId, name: keyNameSchema }).strict()),
  /** Removes a key from the account; Droplets that already have it keep it. */
  'sshKeys.delete': operation<{ id: number }>()(z.object({ id: keyId }).strict()),
  /** Desktop only: asks for a `.pub` file with the system's file dialog and reads it; no file when cancelled. */
  'sshKeys.readFile': operation<{ file?: PublicKeyFile }>()(noInput),
};
