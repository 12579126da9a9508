import { startReadyProcess } from '../../support/ready-process';

/** A simulator in its own process (so on its own core), as the CLI runs it. */
export interface SimulatorProcess {
  url: string;
  stop(): Promise<void>;
}

/** Starts `simulator/cli.ts` with the given flags on a free port and waits for its ready line. */
export const startSimulatorProcess = async (args: readonly string[]): Promise<SimulatorProcess> => {
  const { url, stop } = await startReadyProcess({
    args: ['--import', 'tsx', 'simulator/cli.ts', '--port', '0', ...args],
    readyLine: /Simulator listening at (\S+)/,
    name: 'the simulator',
    stderr: 'inherit',
  });
  return { url, stop };
};
