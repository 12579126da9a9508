#!/usr/bin/env node
// `npm start`: build, then run the desktop app; where Electron cannot run here, run the same panel
// in the browser instead, so the main job always works. Arguments after `--` go to browser mode.
import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { electronBinaryStatus, missingBinaryExplanation } from './electron-binary.mjs';
import { npmRun } from './npm-run.mjs';

const root = path.resolve(import.meta.dirname, '..');
const require = createRequire(import.meta.url);
const forwarded = process.argv.slice(2);

const build = npmRun('build', { cwd: root });
if (build.status !== 0) process.exit(build.status ?? 1);

/** Electron fetches its binary on first use; try that once, quietly, unless downloads are switched off. */
const ensureElectron = () => {
  const status = electronBinaryStatus();
  if (status.ok || process.env.ELECTRON_SKIP_BINARY_DOWNLOAD) return status;
  console.log('Fetching the Electron binary (first run only)…');
  const installer = path.join(path.dirname(require.resolve('electron/package.json')), 'install.js');
  spawnSync(process.execPath, [installer], { cwd: root, stdio: 'ignore', timeout: 300_000 });
  return electronBinaryStatus();
};

const headlessLinux = process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;

const run = (command, args) => {
  const child = spawn(command, args, { cwd: root, stdio: 'inherit' });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(signal ? 0 : (code ?? 1)));
};

const electron = headlessLinux ? { ok: false } : ensureElectron();
if (electron.ok) {
  run(electron.path, ['.']);
} else {
  const explanation = headlessLinux
    ? [
        'The desktop app could not start: this Linux session has no display (neither DISPLAY nor',
        'WAYLAND_DISPLAY is set), and Electron needs one to open a window. Run "npm start" from a',
        'desktop session to get the desktop app.',
      ].join('\n')
    : (electron.explanation ?? missingBinaryExplanation('the Electron binary is not on this machine'));
  console.log(`\n${explanation} Until then the same panel runs in your browser instead.\n`);
  run(process.execPath, [path.join(root, 'dist-electron/serve.js'), ...forwarded]);
}
