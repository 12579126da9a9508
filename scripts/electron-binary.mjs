import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);

export const missingBinaryExplanation = (reason) =>
  [
    `The desktop app could not start: ${reason}.`,
    'Electron downloads its binary from GitHub the first time it runs, and this machine cannot reach it',
    '(no internet, or the download is switched off with ELECTRON_SKIP_BINARY_DOWNLOAD). To get the',
    'desktop app, run "npx install-electron" on a machine with internet access (or set',
    'ELECTRON_OVERRIDE_DIST_PATH to an unpacked Electron build), or install a packaged release made',
    'with "npm run dist".',
  ].join('\n');

/**
 * Whether the Electron binary is present, without triggering Electron's own download-on-require
 * (which prints a stack trace when there is no network).
 */
export const electronBinaryStatus = () => {
  let packageDir;
  try {
    packageDir = path.dirname(require.resolve('electron/package.json'));
  } catch {
    return { ok: false, explanation: missingBinaryExplanation('the electron package is not installed') };
  }
  const pathFile = path.join(packageDir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : undefined;
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  const binary = override
    ? path.join(override, relative ?? 'electron')
    : relative && path.join(packageDir, 'dist', relative);
  if (binary && existsSync(binary)) return { ok: true, path: binary };
  return { ok: false, explanation: missingBinaryExplanation('the Electron binary is not on this machine') };
};
