import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');
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
  const child: ChildProcess = spawn(process.execPath, [path.join(root, 'dist-electron/serve.js'), '--port', '0', '--no-open', ...args], {
    cwd: root,
    env: { ...process.env, XDG_CONFIG_HOME: config, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout?.on('data', (chunk: Buffer) => (out += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (err += chunk.toString()));

  const url = await new Promise<string>((resolve, reject) => {
    const check = () => {
      const match = readyLine.exec(out);
      if (match?.[1]) resolve(match[1]);
    };
    child.stdout?.on('data', check);
    child.once('exit', (code) => reject(new Error(`browser mode exited with ${code} before it was ready:\n${err}`)));
  });

  return {
    url,
    origin: new URL(url).origin,
    stdout: () => out,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }).then(() => rmSync(config, { recursive: true, force: true })),
  };
};
