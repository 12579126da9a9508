import { spawn } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');

/** A simulator in its own process (so on its own core), as the CLI runs it. */
export interface SimulatorProcess {
  url: string;
  stop(): Promise<void>;
}

/** Starts `simulator/cli.ts` with the given flags on a free port and waits for its ready line. */
export const startSimulatorProcess = async (args: readonly string[]): Promise<SimulatorProcess> => {
  const child = spawn(process.execPath, ['--import', 'tsx', 'simulator/cli.ts', '--port', '0', ...args], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /Simulator listening at (\S+)/.exec(out);
      if (match?.[1]) resolve(match[1]);
    });
    child.once('exit', (code) => reject(new Error(`the simulator exited with ${code} before it was ready`)));
  });
  return {
    url,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
};
