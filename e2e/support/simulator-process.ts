import { spawn } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');
const readyLine = /^Simulator listening at (http:\/\/127\.0\.0\.1:\d+)\s*$/m;
const startTimeoutMs = 20_000;

/** The DigitalOcean API simulator in a child process, as `npm run simulator` runs it. */
export interface SimulatorProcess {
  url: string;
  stop: () => Promise<void>;
}

/**
 * Starts `simulator/cli.ts` on a free loopback port with the given flags and waits for its ready line,
 * for at most 20 seconds: a simulator that does not come up fails the journey instead of hanging it.
 */
export const startSimulatorProcess = async (args: readonly string[]): Promise<SimulatorProcess> => {
  const child = spawn(process.execPath, ['--import', 'tsx', 'simulator/cli.ts', '--host', '127.0.0.1', '--port', '0', ...args], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));

  const stop = (): Promise<void> =>
    new Promise((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });

  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      void stop();
      reject(new Error(`the simulator did not start within ${startTimeoutMs / 1000} s:\n${err}`));
    }, startTimeoutMs);
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = readyLine.exec(out);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the simulator exited with ${code} before it was ready:\n${err}`));
    });
  });

  return { url, stop };
};
