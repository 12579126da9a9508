import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createAuthenticator, DEMO_TOKEN } from './auth';
import { createClock, type Clock, type ClockMode } from './clock';
import type { Faults, FaultSettings } from './faults';
import { createRateLimiter, DEFAULT_RATE_LIMITS, type RateLimits } from './rate-limit';
import { controlRoutes } from './routes/control';
import { allRoutes } from './routes/index';
import { parseSeed } from './seeds/index';
import { createPipeline, type Exchange } from './server';
import type { Store } from './state';
import { createWorld, type World } from './world';

export interface SimulatorOptions {
  /** 0 (the default) picks a free port. */
  readonly port?: number;
  readonly host?: string;
  /** `demo` (default), `empty` or `large:N`. */
  readonly seed?: string;
  /** Actions run this many times faster than the real API's (default 1). */
  readonly speed?: number;
  /** Accepted bearer tokens; the demo token when omitted. */
  readonly tokens?: readonly string[];
  /** Tokens that may read but not write (answered 403). */
  readonly readOnlyTokens?: readonly string[];
  /** `virtual` for tests (time moves only when told), `real` (default) for the CLI and demo mode. */
  readonly clock?: ClockMode;
  /** Where simulated time starts; a fixed instant by default in virtual mode, now in real mode. */
  readonly startTime?: number;
  readonly faults?: Partial<FaultSettings>;
  readonly rateLimits?: Partial<RateLimits>;
  /** Sees every request and its answer. */
  readonly observe?: (exchange: Exchange) => void;
  /** Also serves `/_simulator/clock…` and `/_simulator/faults…`, so another process (an e2e test) can move the clock and inject faults. */
  readonly control?: boolean;
}

export interface Simulator {
  /** `http://host:port`, to use as the API base URL. */
  readonly url: string;
  readonly port: number;
  readonly tokens: readonly string[];
  readonly clock: Clock;
  readonly faults: Faults;
  readonly state: Store;
  readonly world: World;
  close(): Promise<void>;
}

/** Monday 2 June 2025, 09:30 UTC: a fixed start, so a virtual-clock run is the same every time. */
export const VIRTUAL_EPOCH = Date.UTC(2025, 5, 2, 9, 30, 0);

export const startSimulator = async (options: SimulatorOptions = {}): Promise<Simulator> => {
  const seed = parseSeed(options.seed ?? 'demo');
  const speed = options.speed ?? 1;
  if (!(speed > 0) || !Number.isFinite(speed)) throw new RangeError('speed must be a positive number');
  const mode = options.clock ?? 'real';
  const clock = createClock(mode, options.startTime ?? (mode === 'virtual' ? VIRTUAL_EPOCH : Date.now()));
  const world = createWorld({ seed: seed.name, clock, speed, faults: options.faults ?? {}, account: seed.account });
  seed.populate(world);

  const tokens = options.tokens && options.tokens.length > 0 ? options.tokens : [DEMO_TOKEN];
  const server = createServer(
    createPipeline({
      routes: options.control ? [...allRoutes(world), ...controlRoutes(clock, world.faults)] : allRoutes(world),
      authenticate: createAuthenticator({ tokens, readOnlyTokens: options.readOnlyTokens ?? [] }),
      rateLimiter: createRateLimiter({ ...DEFAULT_RATE_LIMITS, ...options.rateLimits }, clock.now),
      faults: world.faults,
      ...(options.observe ? { observe: options.observe } : {}),
    }),
  );
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  const urlHost = host.includes(':') ? `[${host}]` : host;

  return {
    url: `http://${urlHost}:${port}`,
    port,
    tokens,
    clock,
    faults: world.faults,
    state: world.store,
    world,
    close: () =>
      new Promise<void>((resolve) => {
        clock.stop();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
};
