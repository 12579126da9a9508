import { startSimulator, type Simulator, type SimulatorOptions } from '../../../simulator/start';
import type { Logger } from '../log';
import { createDoClient, type DoClient, type DoClientOptions } from './do-client';

/**
 * A simulator with a virtual clock and a client pointed at it, with everything the client does
 * recorded: every HTTP request (URL and method), the most requests ever in flight at once, every log
 * line exactly as the client handed it over (no redaction, so a leak would show), every wait, every
 * rate-limit report. Waits are instant and move the simulator's clock, so a test never sleeps.
 */
export interface Harness {
  sim: Simulator;
  client: DoClient;
  token: string;
  requests: string[];
  logs: string[];
  sleeps: number[];
  rateLimited: number[];
  maxInFlight(): number;
  close(): Promise<void>;
}

/** What a test can change about the harness. */
export interface HarnessOptions {
  sim?: SimulatorOptions;
  client?: Partial<DoClientOptions>;
  /** The token the simulator accepts and the client sends. */
  token?: string;
  /** Runs before each request leaves, with the URL and the number of requests sent so far (this one included). */
  beforeRequest?: (url: string, count: number, sim: Simulator) => void;
  /** Runs at each wait, after the clock moved. */
  onSleep?: (ms: number, sim: Simulator) => void;
}

/** A Logger that keeps each line as given, details included. */
const recordingLogger = (lines: string[]): Logger => {
  const write = (message: string, details: unknown[]): void => {
    lines.push([message, ...details.map((detail) => (typeof detail === 'string' ? detail : JSON.stringify(detail)))].join(' '));
  };
  const logger: Logger = {
    debug: (message, ...details) => write(message, details),
    info: (message, ...details) => write(message, details),
    warn: (message, ...details) => write(message, details),
    error: (message, ...details) => write(message, details),
    child: () => logger,
  };
  return logger;
};

/** Starts a simulator (demo seed unless told) and a client recording everything it does. */
export const startHarness = async (options: HarnessOptions = {}): Promise<Harness> => {
  const token = options.token ?? 'test-token';
  const sim = await startSimulator({ clock: 'virtual', seed: 'demo', tokens: [token], ...options.sim });
  const requests: string[] = [];
  const logs: string[] = [];
  const sleeps: number[] = [];
  const rateLimited: number[] = [];
  let inFlight = 0;
  let maxInFlight = 0;

  // Reads the whole body before answering, so "in flight" covers the full exchange, as a page fetch does.
  const recordingFetch: typeof fetch = async (input, init) => {
    const url = String(input);
    requests.push(`${init?.method ?? 'GET'} ${url.slice(sim.url.length)}`);
    options.beforeRequest?.(url, requests.length, sim);
    inFlight += 1;
    maxInFlight = Math.max(maxInFlight, inFlight);
    try {
      const response = await fetch(input, init);
      const text = await response.text();
      return new Response(text === '' ? null : text, { status: response.status, statusText: response.statusText, headers: response.headers });
    } finally {
      inFlight -= 1;
    }
  };

  const client = createDoClient({
    baseUrl: sim.url,
    token: () => token,
    fetch: recordingFetch,
    log: recordingLogger(logs),
    onRateLimited: (ms) => rateLimited.push(ms),
    random: () => 0.5,
    now: () => sim.clock.now(),
    sleep: async (ms) => {
      sleeps.push(ms);
      sim.clock.advance(ms / 1000);
      options.onSleep?.(ms, sim);
    },
    ...options.client,
  });

  return { sim, client, token, requests, logs, sleeps, rateLimited, maxInFlight: () => maxInFlight, close: () => sim.close() };
};

/** The error a promise rejects with, to inspect it; fails when it resolves. */
export const rejection = async (promise: Promise<unknown>): Promise<unknown> => {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection, got a value');
};
