/**
 * How big the file behind a custom image's URL is, asked of the file's host (not DigitalOcean: no
 * token, nothing against the rate limit), so an import can be estimated from its start rather than
 * only once DigitalOcean reports the image's size. A `HEAD` first; hosts that refuse it (signed
 * object-storage links often allow GET only) are asked for the first byte, whose `content-range`
 * gives the whole size. Any failure means "unknown", never an error: the import goes on without an
 * estimate.
 */

/** The size of the file at a URL in bytes, or undefined when its host does not say. */
export type FileSizeProbe = (url: string) => Promise<number | undefined>;

/** Bytes in one of the gigabytes `size_gigabytes` counts (and the estimates learn by). */
export const BYTES_PER_GIGABYTE = 1024 ** 3;

/** The host has this long to answer each request; an import never waits on it. */
export const FILE_SIZE_TIMEOUT_MS = 5_000;

const positiveInteger = (text: string | null | undefined): number | undefined => {
  if (!text || !/^\d{1,16}$/.test(text.trim())) return undefined;
  const value = Number(text.trim());
  return value > 0 ? value : undefined;
};

/** `bytes 0-0/123456` → 123456; `*` (unknown total) → undefined. */
const totalOfRange = (contentRange: string | null): number | undefined => positiveInteger(/\/\s*(\d+)\s*$/.exec(contentRange ?? '')?.[1]);

export const createFileSizeProbe =
  (fetcher: typeof fetch, { timeoutMs = FILE_SIZE_TIMEOUT_MS }: { timeoutMs?: number } = {}): FileSizeProbe =>
  async (url) => {
    let target: URL;
    try {
      target = new URL(url);
    } catch {
      return undefined;
    }
    if (target.protocol !== 'https:' && target.protocol !== 'http:') return undefined;
    const ask = async (init: RequestInit): Promise<Response | undefined> => {
      try {
        // No credentials of any kind: the file's host is not DigitalOcean.
        return await fetcher(target, { ...init, credentials: 'omit', redirect: 'follow', signal: AbortSignal.timeout(timeoutMs) });
      } catch {
        return undefined;
      }
    };
    const head = await ask({ method: 'HEAD' });
    const fromHead = head?.ok && !head.headers.get('content-encoding') ? positiveInteger(head.headers.get('content-length')) : undefined;
    if (fromHead !== undefined) return fromHead;
    const first = await ask({ method: 'GET', headers: { range: 'bytes=0-0' } });
    if (!first) return undefined;
    // Only the headers are wanted: the body (one byte, or the whole file if the range was ignored) is not read.
    await first.body?.cancel().catch(() => undefined);
    return first.status === 206 ? totalOfRange(first.headers.get('content-range')) : undefined;
  };
