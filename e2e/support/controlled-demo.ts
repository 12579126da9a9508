import { chromium } from '@playwright/test';
import { randomBytes } from 'node:crypto';
import { chromiumArgs, findChromium } from './chromium';
import { startPanelServer } from './panel-server';
import { startedForFile } from './per-file';
import { startSimulatorProcess } from './simulator-process';

/** What a simulator answered: its status and parsed JSON body (undefined for an empty one). */
export interface ApiReply {
  status: number;
  // The journeys read whatever DigitalOcean's shape is; a typed copy of every answer would add nothing.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  body: any;
}

/** Browser mode on the demo seed, with the simulator's clock in the test's hands. */
export interface ControlledDemo {
  /** The panel's URL with its key, already signed in to the simulator's demo seed. */
  url: string;
  /** Moves simulated time forward; actions that fall due complete. */
  advance(seconds: number): Promise<void>;
  /** Runs simulated time until no action or import is left running. */
  runUntilIdle(): Promise<void>;
  /**
   * Moves simulated time up to the wall clock (never back). The panel compares DigitalOcean's
   * timestamps with its own clock, which agree within seconds with the real API; a virtual clock
   * falls behind while a journey waits, so a journey that relies on that comparison catches it up first.
   */
  catchUpWithWallClock(): Promise<void>;
  /** A raw DigitalOcean API call to the simulator, as another client (doctl, the web panel) would make. */
  api(method: string, path: string, body?: unknown): Promise<ApiReply>;
  /** Makes DigitalOcean fail requests (every one until cleared when no path is given); see simulator/README.md. */
  fail(rule: RequestFault): Promise<void>;
  /** Makes the next action(s) matching the rule end errored. */
  failActions(rule: ActionFault): Promise<void>;
  /** Holds matching requests without an answer until `release` (or `clearFaults`); see simulator/README.md. */
  hold(rule: RequestHold): Promise<void>;
  /** Answers every held request and drops the hold rules. */
  release(): Promise<void>;
  /** Back to no faults at all. */
  clearFaults(): Promise<void>;
  stop(): Promise<void>;
}

/** A hold as `POST /_simulator/faults/holds` takes it: GET unless `method` says otherwise. */
export interface RequestHold {
  path?: string;
  method?: string;
  page?: number;
}

/** Which world the simulator starts with: the demo seed unless a journey needs another (`large:1000`). */
export interface ControlledDemoOptions {
  seed?: string;
}

/** A request fault as `POST /_simulator/faults/requests` takes it. */
export interface RequestFault {
  path?: string;
  method?: string;
  status?: number;
  reset?: boolean;
  afterEffect?: boolean;
  count?: number | 'until-cleared';
  message?: string;
  retryAfterSeconds?: number;
}

/** An action fault as `POST /_simulator/faults/actions` takes it. */
export interface ActionFault {
  type?: string;
  resourceId?: number;
  count?: number;
}

const environmentAccount = 'DIGITALOCEAN_ACCESS_TOKEN';

/**
 * The journeys' world: the simulator in its own process on a virtual clock (`--clock virtual`), and
 * browser mode pointed at it through DIGITALOCEAN_API_URL and DIGITALOCEAN_ACCESS_TOKEN, exactly as a
 * user points the panel at another endpoint. The panel offers the environment's token as an account
 * without switching to it (it is validated on switch), so this switches once, through the UI; the
 * choice lasts as long as the panel runs.
 */
export const startControlledDemo = async ({ seed = 'demo' }: ControlledDemoOptions = {}): Promise<ControlledDemo> => {
  // A token of this run's own, in DigitalOcean's format.
  const token = `dop_v1_${randomBytes(32).toString('hex')}`;
  const simulator = await startSimulatorProcess(['--seed', seed, '--clock', 'virtual', '--token', token]);
  const panel = await startPanelServer([], { DIGITALOCEAN_API_URL: simulator.url, DIGITALOCEAN_ACCESS_TOKEN: token }).catch(async (error: unknown) => {
    await simulator.stop();
    throw error;
  });
  const stop = async () => {
    await panel.stop();
    await simulator.stop();
  };

  const api = async (method: string, path: string, body?: unknown): Promise<ApiReply> => {
    const response = await fetch(`${simulator.url}${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    return { status: response.status, body: text === '' ? undefined : JSON.parse(text) };
  };
  const control = async (path: string, body?: unknown, method = 'POST'): Promise<void> => {
    const reply = await api(method, `/_simulator/${path}`, body);
    if (reply.status >= 300) throw new Error(`the simulator refused ${method} ${path}: ${reply.status} ${JSON.stringify(reply.body)}`);
  };

  try {
    const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs });
    try {
      const page = await browser.newPage();
      await page.goto(panel.url);
      await page.goto(`${panel.origin}/#/accounts`);
      await page.getByRole('button', { name: `Switch to ${environmentAccount}` }).click();
      await page.getByRole('listitem').filter({ hasText: environmentAccount }).getByText('Active').first().waitFor();
    } finally {
      await browser.close();
    }
  } catch (error) {
    await stop();
    throw error;
  }

  return {
    url: panel.url,
    advance: (seconds) => control('clock/advance', { seconds }),
    runUntilIdle: () => control('clock/run-until-idle'),
    catchUpWithWallClock: async () => {
      const behindSeconds = Math.floor((Date.now() - Date.parse((await api('GET', '/_simulator/clock')).body.now)) / 1000);
      if (behindSeconds > 0) await control('clock/advance', { seconds: behindSeconds });
    },
    api,
    fail: (rule) => control('faults/requests', rule),
    failActions: (rule) => control('faults/actions', rule),
    hold: (rule) => control('faults/holds', rule),
    release: () => control('faults/holds', undefined, 'DELETE'),
    clearFaults: () => control('faults', undefined, 'DELETE'),
    stop,
  };
};

/**
 * One controlled demo for the whole spec file, started before its first test and stopped after its
 * last. Call it at the top of the spec; the object it returns stands for the running demo.
 */
export const useControlledDemo = ({ startTimeoutMs = 60_000, seed }: { startTimeoutMs?: number } & ControlledDemoOptions = {}): ControlledDemo => {
  const running = startedForFile(() => startControlledDemo(seed === undefined ? {} : { seed }), { startTimeoutMs });
  return {
    get url() {
      return running().url;
    },
    advance: (seconds) => running().advance(seconds),
    runUntilIdle: () => running().runUntilIdle(),
    catchUpWithWallClock: () => running().catchUpWithWallClock(),
    api: (method, path, body) => running().api(method, path, body),
    fail: (rule) => running().fail(rule),
    failActions: (rule) => running().failActions(rule),
    hold: (rule) => running().hold(rule),
    release: () => running().release(),
    clearFaults: () => running().clearFaults(),
    stop: () => running().stop(),
  };
};

/** The id the demo seed gave the droplet called `name`, read through the API as another client would. */
export const dropletIdByName = async (demo: ControlledDemo, name: string): Promise<number> => {
  const { body } = await demo.api('GET', '/v2/droplets?per_page=200');
  const found = (body.droplets as { id: number; name: string }[]).find((droplet) => droplet.name === name);
  if (!found) throw new Error(`the demo seed has no droplet ${name}`);
  return found.id;
};
