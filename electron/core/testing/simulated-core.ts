import { fileBytesAt } from '../../../simulator/domain/files';
import { startSimulator, type Simulator, type SimulatorOptions } from '../../../simulator/start';
import { createLogger } from '../log';
import { createCore, type Core } from '../services';
import { createMemorySettingsStore } from '../settings-store';
import { createLockstepScheduler, type LockstepScheduler } from '../tracker/testing/lockstep-scheduler';
import { createMemorySecretStore } from '../vault/memory-store';
import { fakeToken } from './core-test-deps';

/** A real core (client, tracker, handlers) working as an account of an in-process simulator. */
export interface SimulatedCore {
  core: Core;
  sim: Simulator;
  /** Moves the simulator's virtual clock and fires the tracker's ticks due on the way. */
  scheduler: LockstepScheduler;
  /** Runs one operation and returns its value, or throws with the error's kind and message. */
  call(operation: string, request?: unknown): Promise<unknown>;
  /** Every log line, to check that the token never shows. */
  lines: string[];
  token: string;
  close(): Promise<void>;
}

/**
 * Starts a simulator on its virtual clock and a core whose active account is one of its tokens, added
 * through `accounts.add` as a user would. Nothing sleeps: tests move time with `scheduler.advance`.
 */
export const startSimulatedCore = async (
  options: Omit<SimulatorOptions, 'clock' | 'tokens'> = {},
  /**
   * How the core reaches the simulator: Node's fetch, or a test's wrapper of it (to break a connection).
   * `readHistory`: the first-connect history read for estimates, off unless a test asks for it, so
   * the other tests count only their own requests.
   */
  { fetch: coreFetch = fetch, readHistory = false }: { fetch?: typeof fetch; readHistory?: boolean } = {},
): Promise<SimulatedCore> => {
  const token = fakeToken(0x5eed);
  const sim = await startSimulator({ seed: 'demo', ...options, clock: 'virtual', tokens: [token] });
  const scheduler = createLockstepScheduler(sim.clock);
  const lines: string[] = [];
  const core = createCore({
    runtime: 'browser',
    name: 'DigitalOcean Panel',
    version: '0.0.0-test',
    env: { DIGITALOCEAN_API_URL: sim.url },
    versions: { node: process.versions.node },
    platform: process.platform,
    log: createLogger('test', { level: 'debug', sink: (_level, line) => lines.push(line) }),
    secrets: createMemorySecretStore(),
    settings: createMemorySettingsStore(),
    fetch: coreFetch,
    scheduler,
    startDemo: () => Promise.reject(new Error('the simulated core has no demo account')),
    readEstimateHistory: readHistory,
    // The simulator's files stand in for the internet's: the size its imports will download.
    fileSize: async (url) => fileBytesAt(url),
  });
  const call = async (operation: string, request: unknown = {}): Promise<unknown> => {
    const result = await core.dispatch(operation, request);
    if (!result.ok) throw Object.assign(new Error(`${result.error.kind}: ${result.error.message}`), { detail: result.error });
    return result.value;
  };
  await call('accounts.add', { name: 'Simulated', token, storage: 'session' });
  // The account change started a resume in the background; one more, awaited, makes the start deterministic.
  await core.tracker.resume();
  return {
    core,
    sim,
    scheduler,
    call,
    lines,
    token,
    close: async () => {
      await core.close();
      await sim.close();
    },
  };
};
