import { open } from 'node:fs/promises';
import type { OutgoingHttpHeaders, ServerResponse } from 'node:http';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { resolveAsset } from '../core/static-assets';
import { noStore, sendText } from './http-responses';

/**
 * Sends the built UI file a request path names, or a bare 404. `requestPath` is the raw path, not
 * a normalised one: normalising would turn `/%2e%2e/etc/passwd` into `/etc/passwd`, which the
 * client-route fallback would then answer with the UI instead of refusing.
 */
export const sendStaticFile = async (
  response: ServerResponse,
  root: string,
  requestPath: string,
  headers: OutgoingHttpHeaders,
): Promise<void> => {
  const asset = requestPath.startsWith('/') ? await resolveAsset(root, requestPath) : null;
  // Open once and serve from the handle, so the file sent is the one that was checked.
  const file = asset ? await open(asset.filePath).catch(() => null) : null;
  const info = file ? await file.stat().catch(() => null) : null;
  if (!asset || !file || !info?.isFile()) {
    await file?.close();
    sendText(response, 404, 'Not found.', headers);
    return;
  }
  // The shell names the current build's hashed assets; a cached copy would point at stale ones.
  const isShell = path.basename(asset.filePath) === 'index.html';
  response.writeHead(200, {
    ...headers,
    ...(isShell ? noStore : {}),
    'Content-Type': asset.contentType,
    'Content-Length': info.size,
  });
  if (response.req.method === 'HEAD') {
    await file.close();
    response.end();
    return;
  }
  // A failure here means the tab went away mid-file: there is no one left to tell.
  await pipeline(file.createReadStream(), response).catch(() => response.destroy());
};
