import type { ActionSettled } from '../shared/action-types';
import { createEventBus } from '../electron/core/event-bus';
import { createLogger } from '../electron/core/log';
import { createMemorySettingsStore } from '../electron/core/settings-store';
import { createActionTracker } from '../electron/core/tracker/action-tracker';
import { createLockstepScheduler } from '../electron/core/tracker/testing/lockstep-scheduler';
import { createSimulatorClient } from '../electron/core/tracker/testing/simulator-client';
import type { ApiAction } from '../electron/core/tracker/tracker-client';
import { startSimulator } from '../simulator/start';
import { summarize } from './support/stats';

/**
 * The action tracker following 100 concurrent actions for 2 simulated minutes, against the in-process
 * simulator with 50 ms latency on every request, in two scenarios:
 * - bulk: 100 actions started at once (power, reboots, shutdowns, snapshots), as a bulk action on a
 *   tag would, then followed as they end;
 * - sustained: every Droplet starts its next action as soon as the last one ends, so 100 stay in flight
 *   and about 225 new actions a minute (DigitalOcean's whole request budget) push older ones down the list.
 * For each: requests sent per simulated minute and per tick (target: at most two, page 1 and one deeper page), and the delay
 * from an action's completion to its `actions.settled` event (target: within one tick).
 * Time is the simulator's virtual clock: it skips the idle time between ticks and runs at real speed
 * while a tick's requests are in flight, so the latency counts and a run takes seconds, not minutes.
 */

const DROPLETS = 100;
const SIMULATED_SECONDS = 120;
const LATENCY_MS = 50;
const STEP_SECONDS = 1;

const seconds = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;

interface Figures {
  inFlightAtStart: number;
  inFlightAtEnd: number;
  settled: number;
  simulatedMinutes: number;
  ticks: number;
  lists: number;
  byId: number;
  /** The most requests any one tick sent. */
  mostInATick: number;
  delays: number[];
  /** Settled actions the first tick after their completion reported. */
  caughtFirstTick: number;
  warnings: number;
}

const run = async (sustained: boolean): Promise<Figures> => {
  const pollRequests: { route: string; status: number }[] = [];
  /** When each tick's page 1 of GET /v2/actions was answered (a tick may read a deeper page after it). */
  const tickTimes: number[] = [];
  /** Requests of each tick: page 1, then any deeper page and by-id reads. */
  const perTick: number[] = [];
  let measuring = false;
  const sim = await startSimulator({
    seed: `large:${DROPLETS + 20}`,
    clock: 'virtual',
    faults: { latencyMs: LATENCY_MS },
    // The sustained scenario's own POSTs (a new action whenever one ends) would exceed 250 a minute.
    rateLimits: { perMinute: 1_000_000, perHour: 1_000_000 },
    observe: (exchange) => {
      if (measuring && exchange.method === 'GET' && exchange.route?.startsWith('/v2/actions')) {
        pollRequests.push({ route: exchange.route, status: exchange.status });
      }
    },
  });
  const token = sim.tokens[0] as string;
  try {
    const scheduler = createLockstepScheduler(sim.clock, { countWorkTime: true });
    const events = createEventBus();
    let warnings = 0;
    const client = createSimulatorClient(sim.url, token);
    const tracker = createActionTracker({
      client: {
        ...client,
        listActions: async (perPage, page = 1) => {
          if (page === 1) perTick.push(0);
          if (measuring) perTick[perTick.length - 1] = (perTick.at(-1) ?? 0) + 1;
          const actions = await client.listActions(perPage, page);
          if (page === 1) tickTimes.push(sim.clock.now());
          return actions;
        },
        getAction: (id) => {
          if (measuring) perTick[perTick.length - 1] = (perTick.at(-1) ?? 0) + 1;
          return client.getAction(id);
        },
      },
      scheduler,
      settings: createMemorySettingsStore(),
      events,
      log: createLogger('tracker', { sink: (level) => void (level === 'warn' || level === 'error' ? (warnings += 1) : undefined) }),
    });

    const droplets = [...sim.state.droplets.values()].slice(0, DROPLETS);
    const runs = new Map(droplets.map((droplet, index) => [droplet.id, index]));
    const nextAction = (dropletId: number): Record<string, unknown> => {
      const droplet = sim.state.droplets.get(dropletId);
      const turn = runs.get(dropletId) ?? 0;
      runs.set(dropletId, turn + 1);
      if (turn % 10 === 3) return { type: 'snapshot' };
      if (turn % 10 === 7) return { type: 'reboot' };
      if (turn % 10 === 5 && droplet?.status === 'active') return { type: 'shutdown' };
      return { type: droplet?.status === 'off' ? 'power_on' : 'power_off' };
    };
    const start = async (dropletId: number): Promise<void> => {
      const droplet = sim.state.droplets.get(dropletId);
      const response = await fetch(`${sim.url}/v2/droplets/${dropletId}/actions`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify(nextAction(dropletId)),
      });
      const body = (await response.json()) as { action?: ApiAction; message?: string };
      if (!response.ok || !body.action) throw new Error(`starting an action answered ${response.status}: ${body.message ?? ''}`);
      tracker.track(body.action, { resourceName: droplet?.name ?? `Droplet ${dropletId}`, sizeGigabytes: droplet?.disk ?? 0 });
    };

    const delays: number[] = [];
    let caughtFirstTick = 0;
    let starting: Promise<void>[] = [];
    events.subscribe((event, payload) => {
      if (event !== 'actions.settled' || !measuring) return;
      const settled = payload as ActionSettled;
      // The simulator's own record: the API's completed_at is rounded to the second.
      const completedAt = sim.state.actions.get(settled.action.id)?.completedAt;
      if (completedAt !== null && completedAt !== undefined) {
        delays.push(scheduler.now() - completedAt);
        const previousTick = tickTimes.filter((time) => time <= scheduler.now()).at(-2);
        if (previousTick === undefined || completedAt > previousTick) caughtFirstTick += 1;
      }
      if (sustained) starting.push(start(settled.resource.id));
    });

    await Promise.all(droplets.map((droplet) => start(droplet.id)));
    const inFlightAtStart = tracker.list().length;
    measuring = true;
    const ticksBefore = scheduler.fired();
    const simulatedStart = sim.clock.now();
    while (sim.clock.now() - simulatedStart < SIMULATED_SECONDS * 1000) {
      await scheduler.advance(STEP_SECONDS);
      await Promise.all(starting);
      starting = [];
    }
    measuring = false;
    const figures: Figures = {
      inFlightAtStart,
      inFlightAtEnd: tracker.list().length,
      settled: delays.length,
      simulatedMinutes: (sim.clock.now() - simulatedStart) / 60_000,
      ticks: scheduler.fired() - ticksBefore,
      lists: pollRequests.filter((request) => request.route === '/v2/actions').length,
      byId: pollRequests.filter((request) => request.route !== '/v2/actions').length,
      mostInATick: Math.max(0, ...perTick),
      delays,
      caughtFirstTick,
      warnings,
    };
    tracker.stop();
    return figures;
  } finally {
    await sim.close();
  }
};

const report = (name: string, figures: Figures): string[] => {
  const requests = figures.lists + figures.byId;
  const delay = summarize(figures.delays);
  const tick = (figures.simulatedMinutes * 60_000) / Math.max(figures.ticks, 1);
  return [
    `tracker, ${name}: ${figures.inFlightAtStart} in flight at the start, ${figures.inFlightAtEnd} at the end, ${figures.settled} settled in ${figures.simulatedMinutes.toFixed(1)} simulated minutes${figures.warnings > 0 ? `, ${figures.warnings} warnings` : ''}`,
    `tracker, ${name}: ${(requests / figures.simulatedMinutes).toFixed(1)} requests per simulated minute: ${figures.lists} GET /v2/actions + ${figures.byId} by id over ${figures.ticks} ticks = ${(requests / Math.max(figures.ticks, 1)).toFixed(2)} per tick, at most ${figures.mostInATick} in one tick (target: at most 2 per tick)`,
    `tracker, ${name}: completion → actions.settled: median ${seconds(delay.median)}, p95 ${seconds(delay.p95)}, max ${seconds(delay.max)}; ${figures.caughtFirstTick} of ${figures.settled} reported by the first tick after completing; a tick every ${seconds(tick)} on average (target: within one tick)`,
  ];
};

export const benchTracker = async (): Promise<string[]> => {
  const wallStarted = performance.now();
  const bulk = await run(false);
  const sustained = await run(true);
  const wall = (performance.now() - wallStarted) / 1000;
  return [
    ...report('bulk', bulk),
    ...report('sustained', sustained),
    `tracker: ${LATENCY_MS} ms simulator latency; virtual clock, idle time between ticks skipped, request time counted at real speed: both runs took ${wall.toFixed(1)} s of wall time`,
  ];
};
