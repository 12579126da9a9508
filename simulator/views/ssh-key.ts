import type { SshKeyRecord } from '../state';

export const sshKeyView = (key: SshKeyRecord) => ({
  id: key.id,
  fingerprint: key.fingerprint,
  public_key: key.publicKey,
  name: key.name,
});
