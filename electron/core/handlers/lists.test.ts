import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DropletRow } from '../../../shared/droplet-types';
import type { ImageRow } from '../../../shared/image-types';
import type { PackedLastKnownList } from '../../../shared/operations/lists';
import { unpackRows } from '../../../shared/packed-rows';
import { createLastKnownLists, FIRST_WRITE_AFTER_MS } from '../last-known/last-known-lists';
import { createLogger } from '../log';
import { createMemorySettingsStore } from '../settings-store';
import { startObservedCore, type ObservedCore } from '../testing/observed-core';
import { createManualScheduler } from '../tracker/testing/manual-scheduler';
import { keepingLastKnown, keptDropletList, keptImageList, listHandlers } from './lists';

const rowsOf = (ids: number[]) => ids.map((id) => ({ id, name: `web-${id}` }) as DropletRow);

/** The lists and an active account the test moves between, with the store they write to. */
const setup = () => {
  const { scheduler, advance } = createManualScheduler(Date.parse('2026-12-07T14:02:00Z'));
  const store = createMemorySettingsStore();
  const lastKnown = createLastKnownLists({ store, scheduler, log: createLogger('test', { sink: () => undefined }), persists: () => true });
  let active: string | undefined = 'a';
  const accounts = { activeId: () => active };
  const deps = { accounts, lastKnown, now: () => scheduler.now() } as never;
  return { lastKnown, deps, advance, store, use: (id: string | undefined) => (active = id) };
};

describe('which lists are kept', () => {
  it('the whole droplet list, and the Images tabs without a tag', () => {
    expect(keptDropletList({})).toBe('droplets');
    expect(keptDropletList({ tagName: 'web' })).toBeUndefined();
    expect(keptImageList({ private: true })).toBe('images:private');
    expect(keptImageList({ type: 'distribution' })).toBe('images:distribution');
    expect(keptImageList({ type: 'application' })).toBe('images:application');
    expect(keptImageList({ private: true, tagName: 'golden' })).toBeUndefined();
    expect(keptImageList({ type: 'distribution', private: true })).toBeUndefined();
    expect(keptImageList({})).toBeUndefined();
  });
});

describe('keeping a list as it loads', () => {
  it('keeps a list that loaded whole, for the account it loaded as, with when it arrived', async () => {
    const { lastKnown, deps } = setup();
    const list = keepingLastKnown(deps, keptDropletList, async () => rowsOf([1, 2]));
    await expect(list({})).resolves.toEqual(rowsOf([1, 2]));
    expect(lastKnown.read('a', 'droplets')).toEqual({ savedAt: '2026-12-07T14:02:00.000Z', rows: rowsOf([1, 2]) });
    expect(lastKnown.read('b', 'droplets')).toBeNull();
  });

  it('keeps nothing when the list fails (a page that failed for good fails the list)', async () => {
    const { lastKnown, deps } = setup();
    lastKnown.save('a', 'droplets', rowsOf([1]), '2026-12-07T13:00:00.000Z');
    const list = keepingLastKnown(deps, keptDropletList, () => Promise.reject(new Error('page 3 failed')));
    await expect(list({})).rejects.toThrow('page 3 failed');
    expect(lastKnown.read('a', 'droplets')).toEqual({ savedAt: '2026-12-07T13:00:00.000Z', rows: rowsOf([1]) });
  });

  it('keeps nothing for a tag’s list, nor when the account changed while the list loaded', async () => {
    const { lastKnown, deps, use } = setup();
    await keepingLastKnown(deps, keptDropletList, async () => rowsOf([1]))({ tagName: 'web' });
    await keepingLastKnown(deps, keptDropletList, async () => {
      use('b');
      return rowsOf([2]);
    })({});
    expect(lastKnown.read('a', 'droplets')).toBeNull();
    expect(lastKnown.read('b', 'droplets')).toBeNull();
  });

  it('answers before the list is written', async () => {
    const { deps, advance, store } = setup();
    await keepingLastKnown(deps, keptDropletList, async () => rowsOf([1]))({});
    expect(store.get('a:droplets')).toBeUndefined();
    advance(FIRST_WRITE_AFTER_MS);
    expect(store.get('a:droplets')).toEqual({ savedAt: '2026-12-07T14:02:00.000Z', rows: rowsOf([1]) });
  });
});

/** A kept list as the handler answered it, its rows unpacked. */
const unpacked = (kept: PackedLastKnownList | null) => (kept === null ? null : { savedAt: kept.savedAt, rows: unpackRows<DropletRow | ImageRow>(kept.rows) });

describe('lists.lastKnown', () => {
  it('answers the active account’s list only, and nothing without an account', async () => {
    const { lastKnown, deps, use } = setup();
    const handlers = listHandlers(deps);
    lastKnown.save('a', 'droplets', rowsOf([1]), '2026-12-07T13:00:00.000Z');
    lastKnown.save('b', 'droplets', rowsOf([2]), '2026-12-07T13:30:00.000Z');
    lastKnown.save('a', 'images:distribution', [{ id: 9, name: 'Ubuntu' } as ImageRow], '2026-12-07T13:00:00.000Z');
    await expect(handlers['lists.lastKnown']({ list: 'droplets' }).then(unpacked)).resolves.toEqual({ savedAt: '2026-12-07T13:00:00.000Z', rows: rowsOf([1]) });
    await expect(handlers['lists.lastKnown']({ list: 'images', filter: { type: 'distribution' } }).then(unpacked)).resolves.toEqual({ savedAt: '2026-12-07T13:00:00.000Z', rows: [{ id: 9, name: 'Ubuntu' }] });
    await expect(handlers['lists.lastKnown']({ list: 'images', filter: { private: true } })).resolves.toBeNull();
    use('b');
    await expect(handlers['lists.lastKnown']({ list: 'droplets' }).then(unpacked)).resolves.toMatchObject({ rows: rowsOf([2]) });
    use(undefined);
    await expect(handlers['lists.lastKnown']({ list: 'droplets' })).resolves.toBeNull();
  });
});

describe('the kept list as it crosses to the page', () => {
  it('is the droplet list in the screen’s default order (name, numbers by value, then id); an image list as it came', async () => {
    const { lastKnown, deps } = setup();
    const handlers = listHandlers(deps);
    const names: [number, string][] = [[5, 'web-10'], [3, 'db'], [4, 'web-2'], [2, 'web-2'], [1, 'api']];
    const answered = names.map(([id, name]): DropletRow => ({ id, name }) as DropletRow);
    lastKnown.save('a', 'droplets', answered, '2026-12-07T13:00:00.000Z');
    lastKnown.save('a', 'images:private', answered as unknown as ImageRow[], '2026-12-07T13:00:00.000Z');
    const ids = async (request: Parameters<(typeof handlers)['lists.lastKnown']>[0]) =>
      (await handlers['lists.lastKnown'](request).then(unpacked))?.rows.map((row) => row.id);
    await expect(ids({ list: 'droplets' })).resolves.toEqual([1, 3, 2, 4, 5]);
    await expect(ids({ list: 'images', filter: { private: true } })).resolves.toEqual([5, 3, 4, 2, 1]);
    // What is kept is the list as it was answered.
    expect(lastKnown.read('a', 'droplets')?.rows.map((row) => row.id)).toEqual([5, 3, 4, 2, 1]);
  });
});

describe('through the core, on the simulator', () => {
  let harness: ObservedCore;
  beforeAll(async () => {
    harness = await startObservedCore();
  });
  afterAll(() => harness.close());

  it('keeps the droplet and image lists the handlers answered, and asks DigitalOcean nothing for them', async () => {
    await expect(harness.run('lists.lastKnown', { list: 'droplets' })).resolves.toBeNull();
    const droplets = await harness.run<DropletRow[]>('droplets.list', {});
    const images = await harness.run<ImageRow[]>('images.list', { private: true });
    await harness.run('droplets.list', { tagName: 'web' });
    const before = harness.exchanges.length;
    const keptDroplets = await harness.run<PackedLastKnownList>('lists.lastKnown', { list: 'droplets' });
    // Every row as answered, in the screen's default order (by name).
    const byId = (rows: DropletRow[]) => [...rows].sort((a, b) => a.id - b.id);
    expect(byId(unpackRows<DropletRow>(keptDroplets.rows))).toEqual(byId(droplets));
    expect(Date.parse(keptDroplets.savedAt)).toBe(harness.sim.clock.now());
    await expect(harness.run<PackedLastKnownList>('lists.lastKnown', { list: 'images', filter: { private: true } }).then(unpacked)).resolves.toMatchObject({ rows: images });
    await expect(harness.run('lists.lastKnown', { list: 'images', filter: { type: 'application' } })).resolves.toBeNull();
    expect(harness.exchanges.length).toBe(before);
    expect(JSON.stringify(keptDroplets)).not.toContain(harness.token);
  });

  it('refuses a request for a list that is not kept', async () => {
    const { error } = await harness.refusal('lists.lastKnown', { list: 'images', filter: { tagName: 'golden-image' } });
    expect(error.kind).toBe('validation');
  });
});
