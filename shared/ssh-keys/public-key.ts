/*
 * What the panel checks of a public key before anything is sent: that the text is one OpenSSH public
 * key line (`type base64 [comment]`) of a type DigitalOcean takes, whose base64 decodes to a key blob
 * naming the same type. Runs in both processes: the form checks as the user types, the main side
 * checks again what the (untrusted) renderer sends.
 */

/** Key types DigitalOcean accepts for `POST /v2/account/keys`. */
export const SSH_KEY_TYPES = [
  'ssh-ed25519',
  'ssh-rsa',
  'ecdsa-sha2-nistp256',
  'ecdsa-sha2-nistp384',
  'ecdsa-sha2-nistp521',
  'sk-ssh-ed25519@openssh.com',
  'sk-ecdsa-sha2-nistp256@openssh.com',
] as const;

export type SshKeyType = (typeof SSH_KEY_TYPES)[number];

/** Longer than any real public key line (an RSA 16384-bit key is about 2.8 kB): a pasted file of something else. */
export const MAX_PUBLIC_KEY_LENGTH = 16_384;
/** DigitalOcean's limit on a key's name. */
export const MAX_SSH_KEY_NAME_LENGTH = 255;

export type PublicKeyCheck =
  | {
      ok: true;
      type: SshKeyType;
      /** The decoded key blob: what the MD5 fingerprint is taken of. */
      blob: Uint8Array;
      /** The text after the key, often `user@host`; empty when there is none. */
      comment: string;
      /** The line as it will be sent: trimmed, single spaces. */
      line: string;
    }
  | { ok: false; error: string };

const refuse = (error: string): PublicKeyCheck => ({ ok: false, error });

const isKeyType = (value: string): value is SshKeyType => (SSH_KEY_TYPES as readonly string[]).includes(value);

/** Decodes strict base64 (padding required, no stray characters), or undefined. */
const decodeBase64 = (encoded: string): Uint8Array | undefined => {
  if (encoded.length % 4 !== 0 || !/^[A-Za-z0-9+/]+={0,2}$/.test(encoded)) return undefined;
  try {
    return Uint8Array.from(atob(encoded), (char) => char.charCodeAt(0));
  } catch {
    return undefined;
  }
};

/** The type name the blob starts with (a 4-byte big-endian length, then the name), or undefined. */
const blobType = (blob: Uint8Array): string | undefined => {
  if (blob.length < 4) return undefined;
  const length = ((blob[0] as number) << 24) | ((blob[1] as number) << 16) | ((blob[2] as number) << 8) | (blob[3] as number);
  if (length <= 0 || length > 64 || blob.length < 4 + length) return undefined;
  return String.fromCharCode(...blob.subarray(4, 4 + length));
};

/** Checks a pasted or read public key; the error says what is wrong and, where it can, how to fix it. */
export const checkPublicKey = (text: string): PublicKeyCheck => {
  const trimmed = text.trim();
  if (trimmed === '') return refuse('Paste a public key, or choose a .pub file.');
  if (trimmed.length > MAX_PUBLIC_KEY_LENGTH) return refuse('This is far longer than a public key: paste the contents of a .pub file.');
  if (/-----BEGIN [A-Z ]*PRIVATE KEY-----/.test(trimmed)) {
    return refuse('This is a private key: never share it. Paste the public key instead (the .pub file beside it).');
  }
  if (trimmed.startsWith('---- BEGIN SSH2 PUBLIC KEY ----')) {
    return refuse('This key is in the SSH2 (RFC 4716) format. Convert it with `ssh-keygen -i -f key.pub` and paste the result.');
  }
  const lines = trimmed.split(/\r?\n/).filter((line) => line.trim() !== '');
  if (lines.length > 1) return refuse(`Paste one key at a time: this text has ${lines.length} lines.`);
  const [type = '', encoded, ...rest] = trimmed.split(/\s+/);
  if (!isKeyType(type)) {
    return refuse(
      type.startsWith('ssh-') || type.startsWith('ecdsa-') || type.startsWith('sk-')
        ? `DigitalOcean does not take ${type} keys. Use ssh-ed25519, ssh-rsa or ecdsa.`
        : 'A public key starts with its type, such as ssh-ed25519 or ssh-rsa.',
    );
  }
  if (encoded === undefined) return refuse('The key is missing after its type.');
  const blob = decodeBase64(encoded);
  if (!blob) return refuse('The key’s data is not valid base64: check that it was copied whole.');
  const inside = blobType(blob);
  if (inside === undefined) return refuse('The key’s data is not a public key: check that it was copied whole.');
  if (inside !== type) return refuse(`The key’s data is a ${inside} key, but the line says ${type}.`);
  const comment = rest.join(' ');
  return { ok: true, type, blob, comment, line: [type, encoded, ...(comment ? [comment] : [])].join(' ') };
};

/** A name for the key when none was typed: its comment (usually `user@host`), within DigitalOcean's limit. */
export const suggestedKeyName = (check: PublicKeyCheck): string => (check.ok ? check.comment.slice(0, MAX_SSH_KEY_NAME_LENGTH) : '');

/** Checks a key's name as DigitalOcean will; undefined when it is fine. */
export const sshKeyNameError = (name: string): string | undefined => {
  if (name.trim() === '') return 'Give the key a name, such as the computer it lives on.';
  if (name.trim().length > MAX_SSH_KEY_NAME_LENGTH) return `A key’s name is at most ${MAX_SSH_KEY_NAME_LENGTH} characters.`;
  return undefined;
};

/** A key's type as people say it ("ed25519", "rsa", "ecdsa-sha2-nistp256"), from its line. */
export const keyTypeLabel = (line: string): string => line.trim().split(/\s+/, 1)[0]?.replace(/^ssh-/, '') ?? '';
