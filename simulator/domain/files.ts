/**
 * The files custom images are imported from. The simulator cannot fetch anything, so each URL stands
 * for a file whose size follows from the URL alone: the same URL always names a file of the same size,
 * which the import downloads (and takes time by) and which a client asking the file's host would be told.
 */

/**
 * The simulator stands in for an unreachable server with the TLD reserved for names that never resolve
 * (RFC 2606): `https://images.example.invalid/disk.qcow2`.
 */
export const isUnreachableUrl = (url: URL): boolean => url.hostname.endsWith('.invalid');

/** Bytes in one of the gigabytes `size_gigabytes` counts. */
export const BYTES_PER_GIGABYTE = 1024 ** 3;

/** FNV-1a: a small, stable hash, so a URL's size does not depend on the world's random stream. */
const hash = (text: string): number => {
  let value = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    value ^= text.charCodeAt(index);
    value = Math.imul(value, 0x01000193) >>> 0;
  }
  return value;
};

/** The size of the file at `url`, in GB with two decimals: from 1.2 to 7.2, as distribution images run. */
export const fileGigabytesAt = (url: URL | string): number => {
  const share = hash(String(url)) / 0x1_0000_0000;
  return Math.round((1.2 + share * 6) * 100) / 100;
};

/** What the file's host would answer as its `content-length`: nothing for a host that does not resolve or a URL that is not one. */
export const fileBytesAt = (url: string): number | undefined => {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  return isUnreachableUrl(parsed) ? undefined : Math.round(fileGigabytesAt(parsed) * BYTES_PER_GIGABYTE);
};
