import { readFile } from 'node:fs/promises';
import { protocol } from 'electron';
import { contentSecurityPolicy, securityHeaders } from '../core/csp';
import type { Logger } from '../core/log';
import { resolveAsset } from '../core/static-assets';
import { appHost, appScheme } from './app-scheme';

/**
 * Gives the app scheme the standing of https (secure context, fetch, same-origin rules). Chromium
 * reads this list once at startup, so it must run before the app is ready.
 */
export const registerAppScheme = (): void => {
  protocol.registerSchemesAsPrivileged([
    { scheme: appScheme, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
};

// IPC needs no network peer, so the packaged UI may connect nowhere.
const headers = securityHeaders(contentSecurityPolicy({ connectSrc: [] }));

const refuse = (status: 404 | 405): Response =>
  new Response(status === 404 ? 'Not found' : 'Method not allowed', {
    status,
    headers: {
      ...headers,
      'Content-Type': 'text/plain; charset=utf-8',
      ...(status === 405 ? { Allow: 'GET, HEAD' } : {}),
    },
  });

/**
 * Answers `app://panel/…` from the built UI in `root`, read-only. Anything that resolves outside
 * `root` (encoded `..`, backslashes, NUL, symlinks) or any other host is simply not found; paths
 * without an extension get `index.html` so client-side routes survive a reload.
 */
export const createAppRequestHandler =
  (root: string, log: Logger) =>
  async (request: Request): Promise<Response> => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return refuse(405);
    const url = new URL(request.url);
    if (url.protocol !== `${appScheme}:` || url.host !== appHost) return refuse(404);
    const asset = await resolveAsset(root, url.pathname);
    if (!asset) {
      log.warn(`refused ${url.pathname}`);
      return refuse(404);
    }
    const body = await readFile(asset.filePath).catch(() => null);
    if (!body) return refuse(404);
    return new Response(request.method === 'HEAD' ? null : body, {
      status: 200,
      headers: { ...headers, 'Content-Type': asset.contentType },
    });
  };

/** Serves the built UI over the app scheme on the default session. */
export const registerAppProtocol = (root: string, log: Logger): void => {
  protocol.handle(appScheme, createAppRequestHandler(root, log));
};
