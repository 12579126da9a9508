import { createHash } from 'node:crypto';

/** DigitalOcean's fingerprint of a key: the MD5 of its decoded blob as colon-separated hex, as `ssh-keygen -l -E md5` prints it. */
export const md5Fingerprint = (blob: Uint8Array): string =>
  (createHash('md5').update(blob).digest('hex').match(/../g) ?? []).join(':');
