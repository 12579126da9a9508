import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { repoRoot, startReadyProcess } from '../../support/ready-process';
import { startedForFile } from './per-file';

const readyLine = /^Panel ready at (http:\/\/127\.0\.0\.1:\d+\/\?key=[\w-]+)$/m;

export interface PanelServer {
  /** The URL browser mode printed, key included. */
  url: string;
  /** The served origin, without the key. */
  origin: string;
  /** Everything the server wrote to stdout, to check it printed one ready line only. */
  stdout: () => string;
  stop: () => Promise<void>;
}

/**
 * Starts the built browser mode (`dist-electron/serve.js`) on a free port and waits for its ready line.
 * Its settings (accounts, the active one) go to a folder of its own, never the user's.
 */
export const startPanelServer = async (args: string[] = [], env: NodeJS.ProcessEnv = {}): Promise<PanelServer> => {
  const config = mkdtempSync(path.join(tmpdir(), 'panel-e2e-config-'));
  const server = await startReadyProcess({
    args: [path.join(repoRoot, 'dist-electron/serve.js'), '--port', '0', '--no-open', ...args],
    readyLine,
    name: 'browser mode',
    env: { ...process.env, XDG_CONFIG_HOME: config, ...env },
  });
  return {
    url: server.url,
    origin: new URL(server.url).origin,
    stdout: server.stdout,
    stop: () => server.stop().then(() => rmSync(config, { recursive: true, force: true })),
  };
};

/**
 * Browser mode in demo mode (`--demo`: its in-process simulator, never DigitalOcean) for the whole spec
 * file, started before its first test and stopped after its last. Call it at the top of the spec; the
 * object it returns stands for the running server.
 */
export const useDemoPanel = (): PanelServer => {
  const running = startedForFile(() => startPanelServer(['--demo'], { DIGITALOCEAN_API_URL: '' }));
  return {
    get url() {
      return running().url;
    },
    get origin() {
      return running().origin;
    },
    stdout: () => running().stdout(),
    stop: () => running().stop(),
  };
};
