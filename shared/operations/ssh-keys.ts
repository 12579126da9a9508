import type { SshKey } from '../do-types';
import { noInput, operation } from '../operation';

/*
 * DigitalOcean answers only 10 key lists a minute per token: the renderer caches the list per account
 * for minutes, and the handler stays stateless.
 */
export const sshKeyOperations = {
  /** Every SSH key of the account, all pages, for the create form's key choice. */
  'sshKeys.list': operation<SshKey[]>()(noInput),
};
