import { spawnSync } from 'node:child_process';
import { accessSync, constants, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { repoRoot as root, startReadyProcess } from '../../support/ready-process';

const outputs = ['dist-electron/serve.js', 'dist/index.html'];
const sources = ['renderer', 'electron', 'shared', 'index.html', 'vite.config.ts', 'package.json'];

const newest = (target: string): number => {
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(target).reduce((latest, name) => Math.max(latest, newest(path.join(target, name))), 0);
};

const exists = (file: string): boolean => {
  try {
    statSync(file);
    return true;
  } catch {
    return false;
  }
};

/** Runs `npm run build` when the built browser mode is missing or older than any of its sources. */
export const ensureBuilt = (): boolean => {
  const built = outputs.map((file) => path.join(root, file));
  const sourceTime = Math.max(...sources.map((name) => path.join(root, name)).filter(exists).map(newest));
  if (built.every(exists) && Math.min(...built.map((file) => statSync(file).mtimeMs)) >= sourceTime) return false;
  const result = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  if (result.status !== 0) throw new Error('npm run build failed');
  return true;
};

/** The system Chromium: `CHROMIUM_PATH`, else the first one on the PATH (as the e2e journeys find it). */
export const systemChromium = (): string => {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    for (const name of ['chromium', 'chromium-browser', 'google-chrome-stable', 'google-chrome']) {
      try {
        accessSync(path.join(dir, name), constants.X_OK);
        return path.join(dir, name);
      } catch {
        // not in this folder
      }
    }
  }
  throw new Error('No Chromium found: install Debian\'s chromium or set CHROMIUM_PATH.');
};

/** DESIGN.md's flags for Chromium on a closed network, run as root. */
export const chromiumFlags = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

export interface BuiltPanel {
  /** The printed address, key included. */
  url: string;
  stop(): Promise<void>;
}

/** Starts `dist-electron/serve.js` with its settings in a temporary folder and waits for its ready line. */
export const startBuiltPanel = async (env: NodeJS.ProcessEnv): Promise<BuiltPanel> => {
  const config = mkdtempSync(path.join(tmpdir(), 'panel-bench-config-'));
  const server = await startReadyProcess({
    args: [path.join(root, 'dist-electron/serve.js'), '--port', '0', '--no-open'],
    readyLine: /^Panel ready at (\S+)$/m,
    name: 'browser mode',
    env: { ...process.env, XDG_CONFIG_HOME: config, ...env },
  });
  return {
    url: server.url,
    stop: () => server.stop().then(() => rmSync(config, { recursive: true, force: true })),
  };
};
