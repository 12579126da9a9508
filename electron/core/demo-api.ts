import { fileBytesAt } from '../../simulator/domain/files';
import { startSimulator } from '../../simulator/start';
import type { FileSizeProbe } from './file-size';
import type { Logger } from './log';

/** How much faster than the real API the demo runs its actions, so a demo snapshot takes minutes. */
export const demoSpeed = 10;

/** The simulator running in this process for the demo account: a base URL and a token it accepts. */
export interface DemoApi {
  baseUrl: string;
  token: string;
  /**
   * The demo's stand-in for the internet's file hosts: the size the simulator gives the file at an
   * import URL (its imports download that much), as a real host's HEAD answer would.
   */
  fileSize: FileSizeProbe;
  close(): Promise<void>;
}

/**
 * Starts the DigitalOcean simulator on a free loopback port with the demo seed. The rest of the
 * main side only ever sees its base URL and token, exactly as it would the real API's.
 */
export const startDemoApi = async (log: Logger): Promise<DemoApi> => {
  const simulator = await startSimulator({ port: 0, host: '127.0.0.1', seed: 'demo', speed: demoSpeed, clock: 'real' });
  const [token] = simulator.tokens;
  if (!token) throw new Error('the simulator started without a token');
  log.info(`demo API (simulator, seed demo, ${demoSpeed}x speed) at ${simulator.url}`);
  return { baseUrl: simulator.url, token, fileSize: async (url) => fileBytesAt(url), close: () => simulator.close() };
};
