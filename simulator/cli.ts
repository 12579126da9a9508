import { pathToFileURL } from 'node:url';
import type { ClockMode } from './clock';
import type { ActionFailureRule, FaultSettings, RequestFailureRule } from './faults';
import { startSimulator, type Simulator, type SimulatorOptions } from './start';

/**
 * `npm run simulator -- --port N --seed demo|empty|large:N [--speed X] [--latency MS[±J]] [--fail-rate P]
 * [--reset-rate P] [--token T] [--read-only-token T] [--host H]`
 */
const USAGE = `Usage: simulator [options]
  --port N              port to listen on (default 4010; 0 picks a free one)
  --host H              address to bind (default 127.0.0.1)
  --seed S              demo (default), empty, or large:N
  --speed X             run actions X times faster than the real API (default 1)
  --clock virtual|real  real (default): actions finish on their own. virtual: time stands still
                        until POST /_simulator/clock/advance {"seconds": N} (or /run-until-idle)
                        moves it, with the same bearer token; for tests in another process
  --latency MS[±J]      add MS milliseconds to every response, varying by up to J
  --fail-rate P         answer a share P (0..1) of requests with 500, 502 or 503
  --reset-rate P        reset the connection of a share P (0..1) of requests
  --token T             accept this bearer token (repeatable; default: the demo token)
  --read-only-token T   accept this token for reads only (repeatable)
  --rate-limit H/M      requests per hour and per minute (default 5000/250)
  --fail-route R        make requests fail: "[METHOD ]PATH=STATUS[xN]", for example
                        "POST /v2/droplets/{droplet_id}/actions=503x2" (repeatable)
  --fail-action A       make actions end errored: "TYPE[xN]", for example "resize" or "snapshotx3" (repeatable)`;

export class UsageError extends Error {}

export const DEFAULT_PORT = 4010;

const number = (flag: string, raw: string, check: (value: number) => boolean, expected: string): number => {
  const value = Number(raw);
  if (raw.trim() === '' || !Number.isFinite(value) || !check(value)) throw new UsageError(`${flag} needs ${expected}, not "${raw}".`);
  return value;
};

const share = (flag: string, raw: string): number => number(flag, raw, (value) => value >= 0 && value <= 1, 'a share from 0 to 1');

const latency = (raw: string): { latencyMs: number; latencyJitterMs: number } => {
  const match = /^(\d+(?:\.\d+)?)(?:(?:±|\+-|\+\/-)(\d+(?:\.\d+)?))?$/.exec(raw.trim());
  if (!match) throw new UsageError(`--latency needs MS or MS±J (for example 200±50), not "${raw}".`);
  return { latencyMs: Number(match[1]), latencyJitterMs: Number(match[2] ?? 0) };
};

const rateLimit = (raw: string): { perHour: number; perMinute: number } => {
  const match = /^(\d+)\/(\d+)$/.exec(raw.trim());
  if (!match || Number(match[1]) < 1 || Number(match[2]) < 1) throw new UsageError(`--rate-limit needs HOUR/MINUTE (for example 5000/250), not "${raw}".`);
  return { perHour: Number(match[1]), perMinute: Number(match[2]) };
};

const failRoute = (raw: string): RequestFailureRule => {
  const match = /^(?:(GET|POST|PUT|DELETE|HEAD)\s+)?(\/\S*)=(\d{3})(?:x(\d+))?$/i.exec(raw.trim());
  if (!match) throw new UsageError(`--fail-route needs "[METHOD ]PATH=STATUS[xN]", not "${raw}".`);
  const [, method, path, status, count] = match;
  return { path: path as string, status: Number(status), count: Number(count ?? 1), ...(method ? { method: method.toUpperCase() } : {}) };
};

const failAction = (raw: string): ActionFailureRule => {
  const match = /^([a-z_]+?)(?:x(\d+))?$/.exec(raw.trim());
  if (!match) throw new UsageError(`--fail-action needs "TYPE[xN]", not "${raw}".`);
  return { type: match[1] as string, count: Number(match[2] ?? 1) };
};

export type CliOptions = Required<Pick<SimulatorOptions, 'port' | 'host' | 'seed' | 'speed' | 'faults' | 'readOnlyTokens' | 'clock'>> &
  Pick<SimulatorOptions, 'tokens' | 'rateLimits'> & {
    readonly failRoutes: readonly RequestFailureRule[];
    readonly failActions: readonly ActionFailureRule[];
    readonly help: boolean;
  };

export const parseCliArgs = (argv: readonly string[]): CliOptions => {
  let port = DEFAULT_PORT;
  let host = '127.0.0.1';
  let seed = 'demo';
  let speed = 1;
  let clock: ClockMode = 'real';
  let help = false;
  const faults: { -readonly [K in keyof FaultSettings]?: FaultSettings[K] } = {};
  const tokens: string[] = [];
  const readOnlyTokens: string[] = [];
  const failRoutes: RequestFailureRule[] = [];
  const failActions: ActionFailureRule[] = [];
  let rateLimits: SimulatorOptions['rateLimits'];

  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index] as string;
    if (arg === '--help' || arg === '-h') {
      help = true;
      continue;
    }
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = (): string => {
      if (inline !== undefined) return inline;
      const next = argv[index + 1];
      if (next === undefined || next.startsWith('--')) throw new UsageError(`${flag} needs a value.`);
      index += 1;
      return next;
    };
    switch (flag) {
      case '--port':
        port = number(flag, value(), (v) => Number.isInteger(v) && v >= 0 && v <= 65535, 'a port number');
        break;
      case '--host':
        host = value();
        break;
      case '--seed':
        seed = value();
        break;
      case '--speed':
        speed = number(flag, value(), (v) => v > 0, 'a positive number');
        break;
      case '--clock': {
        const mode = value();
        if (mode !== 'virtual' && mode !== 'real') throw new UsageError(`--clock is virtual or real, not "${mode}".`);
        clock = mode;
        break;
      }
      case '--latency':
        Object.assign(faults, latency(value()));
        break;
      case '--fail-rate':
        faults.failRate = share(flag, value());
        break;
      case '--reset-rate':
        faults.resetRate = share(flag, value());
        break;
      case '--token':
        tokens.push(value());
        break;
      case '--read-only-token':
        readOnlyTokens.push(value());
        break;
      case '--rate-limit':
        rateLimits = rateLimit(value());
        break;
      case '--fail-route':
        failRoutes.push(failRoute(value()));
        break;
      case '--fail-action':
        failActions.push(failAction(value()));
        break;
      default:
        throw new UsageError(`Unknown option ${arg}.`);
    }
  }
  return {
    port, host, seed, speed, clock, faults, readOnlyTokens, failRoutes, failActions, help,
    ...(tokens.length > 0 ? { tokens } : {}),
    ...(rateLimits ? { rateLimits } : {}),
  };
};

export interface CliIo {
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
  /** Registers the shutdown signals; the process's own by default. */
  readonly onSignal: (signal: 'SIGINT' | 'SIGTERM', handler: () => void) => void;
}

const processIo: CliIo = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  onSignal: (signal, handler) => process.once(signal, handler),
};

/** Starts the simulator from command-line arguments; prints exactly `Simulator listening at <url>` when ready. */
export const main = async (argv: readonly string[], io: CliIo = processIo): Promise<Simulator | undefined> => {
  let options: CliOptions;
  try {
    options = parseCliArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.err(`${error.message}\n\n${USAGE}`);
    process.exitCode = 2;
    return undefined;
  }
  if (options.help) {
    io.out(USAGE);
    return undefined;
  }
  const { help: _help, failRoutes, failActions, ...simulatorOptions } = options;
  let sim: Simulator;
  try {
    // A virtual clock from the command line starts now (timestamps look current) and can only move
    // through the control routes, so it comes with them.
    sim = await startSimulator({
      ...simulatorOptions,
      ...(options.clock === 'virtual' ? { startTime: Date.now(), control: true } : {}),
    });
  } catch (error) {
    io.err(`The simulator could not start: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
    return undefined;
  }
  for (const rule of failRoutes) sim.faults.failRequests(rule);
  for (const rule of failActions) sim.faults.failActions(rule);
  const stop = (): void => {
    void sim.close();
  };
  io.onSignal('SIGINT', stop);
  io.onSignal('SIGTERM', stop);
  io.out(`Simulator listening at ${sim.url}`);
  return sim;
};

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) void main(process.argv.slice(2));
