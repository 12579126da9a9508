import { QueryClient } from '@tanstack/react-query';
import type { ActionSettled } from '../shared/action-types';
import { panelGlobalName } from '../shared/channels';
import type { PanelApi } from '../shared/contract';
import type { DropletRow } from '../shared/droplet-types';
import { operationNames } from '../shared/operation-names';
import { startSimulatedCore, type SimulatedCore } from '../electron/core/testing/simulated-core';
import type { Exchange } from '../simulator/server';

/**
 * Actions settling on a 2,500-droplet account, against the in-process simulator with DigitalOcean's
 * real limit (250 requests a minute): the main side's tracker and the renderer's settle handling
 * (refetch by id, patch the cached list) run for real, the renderer over a bridge straight to the core.
 * Counts every request the simulator answers in the simulated minute the actions settle in, and the
 * 429s. Settles are gathered per simulated second. Two scenarios:
 * - 20 reboots settling (target: at most 60 requests in that minute, 0 × 429);
 * - 100 snapshots running, 35 of them settling in that minute (target: at most 120, 0 × 429).
 */

const DROPLETS = 2_500;
const SIMULATED_SECONDS = 60;

const rendererModule = ['..', 'renderer', 'resources', 'refresh-settled'].join('/');

type RefreshSettled = (queryClient: QueryClient, settles: readonly ActionSettled[]) => Promise<void>;

/** The Droplets view's untagged list, as `dropletQueries.list(null)` keys it. */
const dropletListKey = ['droplets', 'list', { tagName: null }];
/** The Images view's list of the account's own images, as `imageQueries.list({ private: true })` keys it. */
const ownImageListKey = ['images', 'list', { private: true }];

export interface SettleFigures {
  settled: number;
  /** Every request the simulator answered in the minute the actions settle in. */
  requests: number;
  rateLimited: number;
  byId: number;
  listPages: number;
  /** Images asked by id (the new snapshots) and droplets' snapshot lists. */
  imageReads: number;
  trackerReads: number;
}

interface Scenario {
  /** How many actions to start, on the first active droplets of the list. */
  readonly started: number;
  readonly action: (index: number) => { type: string; name?: string };
  /**
   * Where the simulator would end the action, the simulated milliseconds after the counted minute
   * starts at which it settles instead; `undefined` keeps the simulator's own duration.
   */
  readonly settlesAfterMs?: (index: number) => number;
  /** Whether the account's image list is cached too (the Images view was visited). */
  readonly imagesShown?: boolean;
}

/**
 * The user's clicks are started this many at a time, a simulated minute apart: a start costs up to
 * three requests (the droplet, its latest snapshot's size, the POST), and a hundred of them at once
 * would be over DigitalOcean's 250 a minute before the counted minute begins.
 */
const STARTS_PER_MINUTE = 50;
const PAUSE_BETWEEN_STARTS_S = 61;

/** When the counted minute starts: once the last group of starts is sent. */
const countedMinuteStart = (now: number, started: number): number => now + Math.max(0, Math.ceil(started / STARTS_PER_MINUTE) - 1) * PAUSE_BETWEEN_STARTS_S * 1000;

/**
 * Starts the scenario's actions, arranging when they settle through the simulator's clock: each
 * action's start sets exactly one simulator timer (its end), whose delay is replaced while it starts.
 */
const startActions = async (harness: SimulatedCore, targets: readonly DropletRow[], scenario: Scenario, countFrom: number): Promise<void> => {
  const { clock } = harness.sim;
  const setTimer = clock.setTimer.bind(clock);
  try {
    for (const [index, row] of targets.entries()) {
      if (index > 0 && index % STARTS_PER_MINUTE === 0) await harness.scheduler.advance(PAUSE_BETWEEN_STARTS_S);
      const settlesAfterMs = scenario.settlesAfterMs?.(index);
      if (settlesAfterMs !== undefined) clock.setTimer = (_delayMs, run, options) => setTimer(countFrom + settlesAfterMs - clock.now(), run, options);
      await harness.call('droplets.runAction', { id: row.id, action: scenario.action(index) });
      clock.setTimer = setTimer;
    }
  } finally {
    clock.setTimer = setTimer;
  }
};

/** The core the renderer's bridge calls: the renderer's modules load once, each scenario has its own core. */
let currentCore: SimulatedCore | undefined;

/** The renderer's settle handling, over a bridge straight to `harness`'s core. */
const rendererOver = async (harness: SimulatedCore): Promise<RefreshSettled> => {
  currentCore = harness;
  if (!(panelGlobalName in ((globalThis as { window?: object }).window ?? {}))) {
    const dispatch = (name: string, request: unknown, options?: unknown) => {
      if (!currentCore) throw new Error('no core to call');
      return currentCore.core.dispatch(name, request, options);
    };
    const methods = Object.fromEntries(operationNames.map((name) => [name, (request: unknown, options?: unknown) => dispatch(name, request, options)]));
    Object.assign(globalThis, { window: { [panelGlobalName]: { ...methods, on: () => () => undefined } as unknown as PanelApi } });
  }
  // Loaded after the bridge is in place, since the renderer's bridge module reads it as it loads; by
  // a computed path, because the main side's compiler project does not hold the renderer's files.
  return ((await import(rendererModule)) as { refreshSettled: RefreshSettled }).refreshSettled;
};

/** Runs a scenario and counts; bench/settles.test.ts holds the counts to their targets. */
const measure = async (scenario: Scenario): Promise<SettleFigures> => {
  let counting = false;
  const exchanges: Exchange[] = [];
  const harness = await startSimulatedCore({ seed: `large:${DROPLETS}`, observe: (exchange) => counting && exchanges.push(exchange) });
  try {
    const refreshSettled = await rendererOver(harness);

    const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const rows = (await harness.call('droplets.list')) as DropletRow[];
    queryClient.setQueryData(dropletListKey, rows);
    // The Images view was open before: a completed snapshot adds its image to the account's image list.
    if (scenario.imagesShown) queryClient.setQueryData(ownImageListKey, await harness.call('images.list', { private: true }));
    const pending: ActionSettled[] = [];
    const stop = harness.core.events.subscribe((event, payload) => {
      if (event === 'actions.settled') pending.push(payload as ActionSettled);
    });

    const targets = rows.filter((row) => row.status === 'active').slice(0, scenario.started);
    // The counted minute starts when the last one is sent.
    const countFrom = countedMinuteStart(harness.sim.clock.now(), targets.length);
    await startActions(harness, targets, scenario, countFrom);

    counting = true;
    let settled = 0;
    for (let second = 0; second < SIMULATED_SECONDS; second += 1) {
      await harness.scheduler.advance(1);
      const batch = pending.splice(0);
      settled += batch.length;
      if (batch.length > 0) await refreshSettled(queryClient, batch);
    }
    counting = false;
    stop();

    const count = (route: string) => exchanges.filter((exchange) => exchange.method === 'GET' && exchange.route === route).length;
    return {
      settled,
      requests: exchanges.length,
      rateLimited: exchanges.filter((exchange) => exchange.status === 429).length,
      byId: count('/v2/droplets/{droplet_id}'),
      listPages: count('/v2/droplets'),
      imageReads: count('/v2/images/{image_id}') + count('/v2/droplets/{droplet_id}/snapshots'),
      trackerReads: count('/v2/actions') + count('/v2/actions/{action_id}'),
    };
  } finally {
    await harness.close();
  }
};

const REBOOTS = 20;

/** 20 reboots, settling where the simulator's durations put them (within seconds). */
export const measureSettles = (): Promise<SettleFigures> => measure({ started: REBOOTS, action: () => ({ type: 'reboot' }) });

const SNAPSHOTS = 100;
const SNAPSHOTS_SETTLING = 35;

/** 100 snapshots: 35 settle spread over the counted minute (one every 1.5 s from 5 s on), the rest run on for half an hour. */
export const measureSnapshotSettles = (): Promise<SettleFigures> =>
  measure({
    started: SNAPSHOTS,
    action: (index) => ({ type: 'snapshot', name: `bench-snapshot-${index}` }),
    settlesAfterMs: (index) => (index < SNAPSHOTS_SETTLING ? 5_000 + index * 1_500 : 30 * 60_000),
    imagesShown: true,
  });

const describeFigures = (figures: SettleFigures, target: number): string[] => [
  `requests in that minute: ${figures.requests} (target ≤ ${target}), 429s: ${figures.rateLimited} (target 0)`,
  `of which droplets by id: ${figures.byId}, droplet list pages: ${figures.listPages}, new images: ${figures.imageReads}, the tracker's action reads: ${figures.trackerReads}`,
];

export const benchSettles = async (): Promise<string[]> => {
  const reboots = await measureSettles();
  const snapshots = await measureSnapshotSettles();
  return [
    `${REBOOTS} reboots on ${DROPLETS} droplets: ${reboots.settled} settled within ${SIMULATED_SECONDS} simulated s`,
    ...describeFigures(reboots, 60),
    `${SNAPSHOTS} snapshots running on ${DROPLETS} droplets: ${snapshots.settled} settled within ${SIMULATED_SECONDS} simulated s`,
    ...describeFigures(snapshots, 120),
  ];
};
