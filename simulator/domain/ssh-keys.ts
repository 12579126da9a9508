import { createHash } from 'node:crypto';
import { unprocessable } from '../errors';
import type { SshKeyRecord, Store } from '../state';

const KEY_TYPES = ['ssh-ed25519', 'ssh-rsa', 'ecdsa-sha2-nistp256', 'ecdsa-sha2-nistp384', 'ecdsa-sha2-nistp521', 'ssh-dss'];
const FIRST_KEY_ID = 41_520_337;
const FINGERPRINT = /^[0-9a-f]{2}(:[0-9a-f]{2}){15}$/;

/**
 * The key blob of an OpenSSH public key line (`type base64 [comment]`), or null when the line is not
 * one: the blob must be valid base64 and start with the same type name as the line.
 */
const keyBlob = (line: string): Buffer | null => {
  const [type, encoded] = line.trim().split(/\s+/);
  if (type === undefined || encoded === undefined || !KEY_TYPES.includes(type)) return null;
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(encoded) || encoded.length % 4 !== 0) return null;
  const blob = Buffer.from(encoded, 'base64');
  if (blob.length < 4 + type.length) return null;
  const nameLength = blob.readUInt32BE(0);
  if (nameLength !== type.length || blob.toString('latin1', 4, 4 + nameLength) !== type) return null;
  return blob;
};

/** MD5 of the decoded key as colon-separated hex, as `ssh-keygen -l -E md5` prints it. */
export const md5Fingerprint = (blob: Buffer): string =>
  (createHash('md5').update(blob).digest('hex').match(/../g) ?? []).join(':');

/** Ids grow with a gap that depends only on the key, so a seed and its requests always give the same ids. */
const nextKeyId = (store: Store, fingerprint: string): number => {
  const last = Math.max(FIRST_KEY_ID - 1, ...store.sshKeys.keys());
  return last + 1 + (Number.parseInt(fingerprint.slice(0, 2), 16) % 37);
};

/** Adds a key as `POST /v2/account/keys` does; a malformed or already added key is a 422. */
export const addSshKey = (store: Store, name: unknown, publicKey: unknown): SshKeyRecord => {
  if (typeof name !== 'string' || name.trim() === '') throw unprocessable('Name is required.');
  if (name.length > 255) throw unprocessable('Name is too long (maximum is 255 characters).');
  if (typeof publicKey !== 'string' || publicKey.trim() === '') throw unprocessable('Public key is required.');
  const blob = keyBlob(publicKey);
  if (!blob) throw unprocessable('Key invalid, key should be of the format `type key [comment]`.');
  const fingerprint = md5Fingerprint(blob);
  if ([...store.sshKeys.values()].some((key) => key.fingerprint === fingerprint)) {
    throw unprocessable('SSH Key is already in use on your account.');
  }
  const key: SshKeyRecord = { id: nextKeyId(store, fingerprint), name: name.trim(), publicKey: publicKey.trim(), fingerprint };
  store.sshKeys.set(key.id, key);
  return key;
};

/** Renames a key as `PUT /v2/account/keys/{id}` does: only the name can change. */
export const renameSshKey = (key: SshKeyRecord, name: unknown): SshKeyRecord => {
  if (name === undefined || name === null) return key;
  if (typeof name !== 'string' || name.trim() === '') throw unprocessable('Name is required.');
  if (name.length > 255) throw unprocessable('Name is too long (maximum is 255 characters).');
  key.name = name.trim();
  return key;
};

/** A key by its id (a number, or digits in a path) or its fingerprint. */
export const findSshKey = (store: Store, identifier: unknown): SshKeyRecord | undefined => {
  if (typeof identifier === 'number') return store.sshKeys.get(identifier);
  if (typeof identifier !== 'string') return undefined;
  if (/^\d{1,15}$/.test(identifier)) return store.sshKeys.get(Number(identifier));
  const fingerprint = identifier.toLowerCase();
  if (!FINGERPRINT.test(fingerprint)) return undefined;
  return [...store.sshKeys.values()].find((key) => key.fingerprint === fingerprint);
};

/** The `ssh_keys` of a create: every entry must name one of the account's keys, or nothing is created. */
export const readSshKeys = (store: Store, value: unknown): SshKeyRecord[] => {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) throw unprocessable('ssh_keys must be an array of SSH key ids or fingerprints.');
  const unknown = value.filter((entry) => findSshKey(store, entry) === undefined);
  if (unknown.length > 0) {
    throw unprocessable(`You specified invalid SSH key ids or fingerprints for Droplet creation: ${unknown.map((entry) => JSON.stringify(entry)).join(', ')}.`);
  }
  return [...new Set(value.map((entry) => findSshKey(store, entry) as SshKeyRecord))];
};
