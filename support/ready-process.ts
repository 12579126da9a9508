import { spawn } from 'node:child_process';
import path from 'node:path';

/**
 * Process helpers shared by the e2e journeys (tsconfig.e2e.json) and the benchmarks
 * (tsconfig.node.json): both include this folder. Node only; nothing here ships in the app.
 */

/** The repository's root, where every child process runs. */
export const repoRoot = path.resolve(import.meta.dirname, '..');

export interface ReadyProcessOptions {
  /** Arguments to this Node (`process.execPath`), run in the repository's root. */
  args: readonly string[];
  /** Matched against everything the child printed so far; its first group is the address returned. */
  readyLine: RegExp;
  /** What the child is, for the error messages: "the simulator", "browser mode". */
  name: string;
  env?: NodeJS.ProcessEnv;
  /** `pipe` keeps the child's stderr for the error messages; `inherit` shows it as it comes. */
  stderr?: 'pipe' | 'inherit';
  /** Gives up (and stops the child) when it is not ready in time; no limit by default. */
  startTimeoutMs?: number;
}

export interface ReadyProcess {
  /** The ready line's first group. */
  url: string;
  /** Everything the child wrote to stdout so far. */
  stdout: () => string;
  /** Sends SIGTERM and resolves once the child has exited (at once if it already has). */
  stop: () => Promise<void>;
}

/** Starts a Node child process and waits for its ready line on stdout. */
export const startReadyProcess = async ({ args, readyLine, name, env, stderr = 'pipe', startTimeoutMs }: ReadyProcessOptions): Promise<ReadyProcess> => {
  const child = spawn(process.execPath, args, {
    cwd: repoRoot,
    ...(env ? { env } : {}),
    stdio: ['ignore', 'pipe', stderr],
  });
  let out = '';
  let err = '';
  child.stdout?.on('data', (chunk: Buffer) => (out += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (err += chunk.toString()));
  const withErr = (message: string) => (stderr === 'pipe' ? `${message}:\n${err}` : message);

  const stop = (): Promise<void> =>
    new Promise((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });

  const url = await new Promise<string>((resolve, reject) => {
    const timer =
      startTimeoutMs === undefined
        ? undefined
        : setTimeout(() => {
            void stop();
            reject(new Error(withErr(`${name} did not start within ${startTimeoutMs / 1000} s`)));
          }, startTimeoutMs);
    child.stdout?.on('data', () => {
      const match = readyLine.exec(out);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(withErr(`${name} exited with ${code} before it was ready`)));
    });
  });

  return { url, stdout: () => out, stop };
};
