import { realpath, stat } from 'node:fs/promises';
import path from 'node:path';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

export const contentTypeFor = (filePath: string): string =>
  contentTypes[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';

const isInside = (root: string, candidate: string): boolean => {
  const relative = path.relative(root, candidate);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
};

export interface Asset {
  filePath: string;
  contentType: string;
}

/**
 * Maps a raw request path to a file inside `root`, or null. Pass the path exactly as the request
 * carried it: a URL parser would already have folded `/%2e%2e/` away, turning a traversal attempt into
 * an innocent-looking route that falls back to `index.html`. Refuses anything that could leave the root:
 * encoded or literal `..`, backslashes, NUL bytes and absolute paths are caught by resolving the
 * path and checking containment; a symlink pointing outside is caught by checking its real path too.
 * Paths without an extension fall back to `index.html` so client-side routes load the app.
 */
export const resolveAsset = async (root: string, urlPath: string): Promise<Asset | null> => {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const rootDir = path.resolve(root);
  const relative = decoded === '/' || decoded === '' ? 'index.html' : decoded.replace(/^\/+/, '');
  const candidate = path.resolve(rootDir, relative);
  if (!isInside(rootDir, candidate)) return null;

  const found = await stat(candidate).catch(() => null);
  if (found?.isFile()) {
    const [realRoot, realFile] = await Promise.all([realpath(rootDir), realpath(candidate)]);
    if (!isInside(realRoot, realFile)) return null;
    return { filePath: candidate, contentType: contentTypeFor(candidate) };
  }
  if (path.extname(candidate) === '') {
    const index = path.join(rootDir, 'index.html');
    return { filePath: index, contentType: contentTypeFor(index) };
  }
  return null;
};
