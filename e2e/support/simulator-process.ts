import { startReadyProcess } from '../../support/ready-process';

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
  const { url, stop } = await startReadyProcess({
    args: ['--import', 'tsx', 'simulator/cli.ts', '--host', '127.0.0.1', '--port', '0', ...args],
    readyLine,
    name: 'the simulator',
    startTimeoutMs,
  });
  return { url, stop };
};
