/** The disk image formats DigitalOcean imports, optionally compressed with gzip or bzip2. */
export const importableImageFormats = ['raw', 'qcow2', 'vhdx', 'vdi', 'vmdk'] as const;
const compressions = ['gz', 'bz2'];
/** `.img` is how most cloud images of raw or qcow2 disks are published (Ubuntu's, for one). */
const extensions = [...importableImageFormats, 'img'];

/**
 * Why a custom image URL would be refused before any request, or null. The API accepts any string and
 * fails the import later (the image ends `deleted`), so the panel checks the scheme and the file type
 * named by the path up front.
 */
export const imageUrlProblem = (raw: string): string | null => {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return 'Enter a full address, starting with https:// or http://.';
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return 'The address must start with https:// or http://.';
  const parts = url.pathname.toLowerCase().split('/').pop()?.split('.') ?? [];
  const last = parts.at(-1);
  const format = last && compressions.includes(last) ? parts.at(-2) : last;
  if (parts.length < 2 || !format || !extensions.includes(format)) {
    return `The file must be a ${importableImageFormats.join(', ')} (or .img) disk image, optionally .gz or .bz2 compressed.`;
  }
  return null;
};
