import { afterEach, describe, expect, it } from 'vitest';
import type { Exchange } from '../../../simulator/server';
import { createLogger } from '../log';
import { createMemorySettingsStore } from '../settings-store';
import { startSimulatedCore, type SimulatedCore } from '../testing/simulated-core';
import { createAccountDurations } from './durations';
import { HISTORY_ACTION_PAGES, HISTORY_IMAGE_LOOKUPS, HISTORY_MAX_REQUESTS, readEstimateHistory, type HistoryClient } from './history-read';
import type { ApiAction } from './tracker-client';

const silent = createLogger('test', { sink: () => undefined });
const at = (minute: number): string => new Date(Date.UTC(2026, 11, 1, 12, minute)).toISOString();

const run = (id: number, type: string, startMinute: number, minutes: number, extra: Partial<ApiAction> = {}): ApiAction => ({
  id,
  type,
  status: 'completed',
  started_at: at(startMinute),
  completed_at: at(startMinute + minutes),
  resource_type: 'droplet',
  resource_id: 7,
  ...extra,
});

interface FakeOptions {
  pages?: ApiAction[][];
  endless?: boolean;
  snapshotsFail?: boolean;
  actionsFail?: boolean;
}

/** A history client over fixed answers, counting what it was asked. */
const fakeClient = ({ pages = [], endless = false, snapshotsFail = false, actionsFail = false }: FakeOptions) => {
  const asked: string[] = [];
  const client: HistoryClient = {
    actions: (page, perPage) => {
      asked.push(`actions ${page} ${perPage}`);
      if (actionsFail) return Promise.reject(new Error('unreachable'));
      return Promise.resolve({ items: pages[page - 1] ?? [], more: endless || page < pages.length });
    },
    dropletSnapshots: () => {
      asked.push('snapshots');
      if (snapshotsFail) return Promise.reject(new Error('forbidden'));
      return Promise.resolve([
        // Made by the snapshot action that ran 10:00–10:20 on Droplet 7.
        { id: '501', resource_id: '7', created_at: at(20), size_gigabytes: 4 },
        { id: '502', resource_id: '8', created_at: at(20), size_gigabytes: 90 },
        { id: '503', resource_id: '7', created_at: at(300), size_gigabytes: 40 },
      ]);
    },
    privateImages: () => {
      asked.push('images');
      return Promise.resolve([{ id: 900, size_gigabytes: 6 }]);
    },
    image: (id) => {
      asked.push(`image ${id}`);
      return id === 901 ? Promise.resolve({ id, size_gigabytes: 12 }) : Promise.reject(new Error('not found'));
    },
  };
  return { client, asked };
};

const book = () => createAccountDurations(createMemorySettingsStore(), silent);

const read = (client: HistoryClient, durations = book(), stillActive = () => true) =>
  readEstimateHistory({ client, durations, accountId: 'a1', log: silent, stillActive, now: () => at(0) });

describe('readEstimateHistory', () => {
  it('learns what it can size honestly, and skips what it cannot', async () => {
    const durations = book();
    const { client, asked } = fakeClient({
      pages: [
        [
          run(1, 'reboot', 0, 1),
          run(2, 'snapshot', 0, 20),
          run(3, 'transfer', 0, 12, { resource_type: 'image', resource_id: 900 }),
          run(4, 'restore', 0, 9),
          run(5, 'resize', 0, 3),
          run(6, 'snapshot', 100, 2), // no snapshot of Droplet 7 was created then
          run(7, 'reboot', 0, 1, { status: 'errored' }),
          run(8, 'made_up_type', 0, 1),
        ],
      ],
    });
    expect(await read(client, durations)).toBe(3);
    expect(asked).toEqual(['actions 1 200', 'snapshots', 'images']);
    durations.use('a1');
    expect(durations.expect({ type: 'reboot' })).toMatchObject({ ms: 60_000, basis: 'learned', samples: 1 });
    expect(durations.expect({ type: 'snapshot', sizeGigabytes: 8 })).toMatchObject({ ms: 40 * 60_000, basis: 'learned', samples: 1 });
    expect(durations.expect({ type: 'transfer', sizeGigabytes: 3 })).toMatchObject({ ms: 6 * 60_000, basis: 'learned' });
    expect(durations.expect({ type: 'restore', sizeGigabytes: 3 })).toEqual({ reason: 'no-basis' });
    expect(durations.expect({ type: 'resize' })).toEqual({ reason: 'no-basis' });
    expect(durations.historyRead('a1')).toBe(true);
  });

  it('asks for a few images beyond the first page by id, so past conversions of older backups are learned', async () => {
    const durations = book();
    const { client, asked } = fakeClient({
      pages: [
        [
          run(1, 'convert', 0, 10, { resource_type: 'image', resource_id: 901 }),
          run(2, 'convert', 20, 30, { resource_type: 'image', resource_id: 902 }),
          run(3, 'convert', 40, 50, { resource_type: 'image', resource_id: 903 }),
          run(4, 'convert', 60, 70, { resource_type: 'image', resource_id: 904 }),
        ],
      ],
    });
    expect(await read(client, durations)).toBe(1);
    // At most HISTORY_IMAGE_LOOKUPS by id, the newest first; one answered, the others were gone.
    expect(asked).toEqual(['actions 1 200', 'images', 'image 901', 'image 902', 'image 903']);
    expect(asked.filter((entry) => entry.startsWith('image ')).length).toBe(HISTORY_IMAGE_LOOKUPS);
    durations.use('a1');
    expect(durations.expect({ type: 'convert', sizeGigabytes: 12 })).toMatchObject({ ms: 10 * 60_000, basis: 'learned', samples: 1 });
  });

  it('reads at most a bounded number of pages', async () => {
    const { client, asked } = fakeClient({ pages: [[run(1, 'reboot', 0, 1)]], endless: true });
    await read(client);
    expect(asked).toEqual(Array.from({ length: HISTORY_ACTION_PAGES }, (_, index) => `actions ${index + 1} 200`));
  });

  it('does not mark the account read when its actions could not be read, so the next connect tries again', async () => {
    const durations = book();
    expect(await read(fakeClient({ actionsFail: true }).client, durations)).toBe(0);
    expect(durations.historyRead('a1')).toBe(false);
  });

  it('still learns the rest when snapshots cannot be read', async () => {
    const durations = book();
    const { client } = fakeClient({ pages: [[run(1, 'reboot', 0, 1), run(2, 'snapshot', 0, 20)]], snapshotsFail: true });
    expect(await read(client, durations)).toBe(1);
    expect(durations.historyRead('a1')).toBe(true);
  });

  it('stops once the account is no longer active', async () => {
    const { client, asked } = fakeClient({ pages: [[run(1, 'reboot', 0, 1)]], endless: true });
    let pages = 0;
    await read(client, book(), () => {
      pages += 1;
      return pages <= 1;
    });
    expect(asked).toEqual(['actions 1 200']);
  });
});

describe('the first-connect history read against the simulator', () => {
  let harness: SimulatedCore | undefined;
  afterEach(async () => {
    await harness?.close();
    harness = undefined;
  });

  it('learns from the account’s past actions in a bounded number of requests, once', async () => {
    const exchanges: Exchange[] = [];
    harness = await startSimulatedCore({ seed: 'demo', observe: (exchange) => exchanges.push(exchange) }, { readHistory: true });
    const { core } = harness;
    await core.historyReads.settled();
    const accountId = core.durations.current() as string;
    const count = (route: string): number => exchanges.filter((exchange) => exchange.route === route).length;
    // The tracker's resume reads the first page of actions once (and the account check reads the account): the rest is the history read's.
    expect(count('/v2/actions') - 1).toBeGreaterThanOrEqual(1);
    expect(count('/v2/actions') - 1).toBeLessThanOrEqual(HISTORY_ACTION_PAGES);
    expect(count('/v2/snapshots')).toBe(1);
    expect(count('/v2/images')).toBeLessThanOrEqual(1);
    expect(count('/v2/actions') - 1 + count('/v2/snapshots') + count('/v2/images')).toBeLessThanOrEqual(HISTORY_MAX_REQUESTS);
    expect(HISTORY_MAX_REQUESTS).toBeLessThanOrEqual(10);
    expect(exchanges.every((exchange) => exchange.method === 'GET' && exchange.status === 200)).toBe(true);
    expect(core.durations.historyRead(accountId)).toBe(true);
    // The demo's droplets were created and snapshotted in its history.
    expect(core.durations.expect({ type: 'create' })).toMatchObject({ basis: 'learned' });
    expect(core.durations.expect({ type: 'snapshot', sizeGigabytes: 3 })).toMatchObject({ basis: 'learned' });

    const before = exchanges.length;
    core.historyReads.start(accountId);
    await core.historyReads.settled();
    expect(exchanges.length).toBe(before);
  });

  it('forgets what it learned when the account is removed', async () => {
    harness = await startSimulatedCore({ seed: 'demo' }, { readHistory: true });
    const { core } = harness;
    await core.historyReads.settled();
    const accountId = core.durations.current() as string;
    expect(core.durations.historyRead(accountId)).toBe(true);
    await harness.call('accounts.remove', { id: accountId });
    expect(core.durations.historyRead(accountId)).toBe(false);
    expect(core.durations.current()).toBeNull();
  });
});
