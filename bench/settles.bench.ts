import { QueryClient } from '@tanstack/react-query';
import type { ActionSettled } from '../shared/action-types';
import { panelGlobalName } from '../shared/channels';
import type { PanelApi } from '../shared/contract';
import type { DropletRow } from '../shared/droplet-types';
import { operationNames } from '../shared/operation-names';
import { startSimulatedCore } from '../electron/core/testing/simulated-core';
import type { Exchange } from '../simulator/server';

/**
 * 20 reboots settling on a 2,500-droplet account, against the in-process simulator with DigitalOcean's
 * real limit (250 requests a minute): the main side's tracker and the renderer's settle handling
 * (refetch by id, patch the cached list) run for real, the renderer over a bridge straight to the core.
 * Counts every request the simulator answers in the simulated minute the reboots settle in, and the
 * 429s. Target: at most 60 requests in that minute, 0 × 429. Settles are gathered per simulated second.
 */

const DROPLETS = 2_500;
const REBOOTS = 20;
const SIMULATED_SECONDS = 60;

const rendererModule = ['..', 'renderer', 'resources', 'refresh-settled'].join('/');

type RefreshSettled = (queryClient: QueryClient, settles: readonly ActionSettled[]) => Promise<void>;

/** The Droplets view's untagged list, as `dropletQueries.list(null)` keys it. */
const dropletListKey = ['droplets', 'list', { tagName: null }];

export interface SettleFigures {
  settled: number;
  /** Every request the simulator answered in the minute the reboots settle in. */
  requests: number;
  rateLimited: number;
  byId: number;
  listPages: number;
  trackerReads: number;
}

/** Runs the scenario and counts; bench/settles.test.ts holds the counts to their targets. */
export const measureSettles = async (): Promise<SettleFigures> => {
  let counting = false;
  const exchanges: Exchange[] = [];
  const harness = await startSimulatedCore({ seed: `large:${DROPLETS}`, observe: (exchange) => counting && exchanges.push(exchange) });
  try {
    const methods = Object.fromEntries(operationNames.map((name) => [name, (request: unknown) => harness.core.dispatch(name, request)]));
    Object.assign(globalThis, { window: { [panelGlobalName]: { ...methods, on: () => () => undefined } as unknown as PanelApi } });
    // Loaded after the bridge is in place, since the renderer's bridge module reads it as it loads; by
    // a computed path, because the main side's compiler project does not hold the renderer's files.
    const { refreshSettled } = (await import(rendererModule)) as { refreshSettled: RefreshSettled };

    const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const rows = (await harness.call('droplets.list')) as DropletRow[];
    queryClient.setQueryData(dropletListKey, rows);
    const pending: ActionSettled[] = [];
    const stop = harness.core.events.subscribe((event, payload) => {
      if (event === 'actions.settled') pending.push(payload as ActionSettled);
    });

    const targets = rows.filter((row) => row.status === 'active').slice(0, REBOOTS);
    for (const row of targets) await harness.call('droplets.runAction', { id: row.id, action: { type: 'reboot' } });

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
      trackerReads: count('/v2/actions') + count('/v2/actions/{action_id}'),
    };
  } finally {
    await harness.close();
  }
};

export const benchSettles = async (): Promise<string[]> => {
  const figures = await measureSettles();
  return [
    `${REBOOTS} reboots on ${DROPLETS} droplets: ${figures.settled} settled within ${SIMULATED_SECONDS} simulated s`,
    `requests in that minute: ${figures.requests} (target ≤ 60), 429s: ${figures.rateLimited} (target 0)`,
    `of which droplets by id: ${figures.byId}, droplet list pages: ${figures.listPages}, the tracker's action reads: ${figures.trackerReads}`,
  ];
};
