import { describe, expect, it } from 'vitest';
import type { DropletRow } from '../../../shared/droplet-types';
import { createLogger } from '../log';
import { createMemorySettingsStore, type SettingsStore } from '../settings-store';
import { createManualScheduler } from '../tracker/testing/manual-scheduler';
import { createLastKnownLists, FIRST_WRITE_AFTER_MS, MAX_ROWS_PER_LIST, WRITE_EVERY_MS } from './last-known-lists';

const row = (id: number): DropletRow => ({
  id,
  name: `web-${id}`,
  status: 'active',
  locked: false,
  publicIpv4: null,
  privateIpv4: null,
  region: { slug: 'nyc3', name: 'New York 3' },
  size: { slug: 's-1vcpu-1gb', vcpus: 1, memoryMb: 1024, diskGb: 25, priceMonthly: 6 },
  image: { id: null, name: null, distribution: null, slug: null },
  tags: [],
  createdAt: '2026-01-01T00:00:00Z',
  features: [],
  backupsEnabled: false,
  ipv6Enabled: false,
});

/** A memory store that counts its writes and shows what it holds. */
const countingStore = (initial: Record<string, unknown> = {}) => {
  const inner = createMemorySettingsStore(initial);
  const values = new Map(Object.entries(initial));
  let writes = 0;
  const store: SettingsStore = {
    get: (key) => inner.get(key),
    set: (key, value) => {
      writes += 1;
      values.set(key, value);
      inner.set(key, value);
    },
    delete: (key) => {
      values.delete(key);
      inner.delete(key);
    },
  };
  return { store, values, writes: () => writes };
};

const setup = (options: { persists?: (id: string) => boolean; initial?: Record<string, unknown> } = {}) => {
  const { scheduler, advance } = createManualScheduler(Date.parse('2026-12-07T14:02:00Z'));
  const counting = countingStore(options.initial);
  const lists = createLastKnownLists({
    store: counting.store,
    scheduler,
    log: createLogger('test', { sink: () => undefined }),
    persists: options.persists ?? (() => true),
  });
  return { lists, advance, ...counting };
};

describe('last-known lists', () => {
  it('keeps each account’s lists apart and answers at once, before anything is written', () => {
    const { lists, writes } = setup();
    lists.save('a', 'droplets', [row(1)], '2026-12-07T14:02:00.000Z');
    lists.save('b', 'droplets', [row(2), row(3)], '2026-12-07T14:03:00.000Z');
    expect(writes()).toBe(0);
    expect(lists.read('a', 'droplets')).toEqual({ savedAt: '2026-12-07T14:02:00.000Z', rows: [row(1)] });
    expect(lists.read('b', 'droplets')?.rows.map((kept) => kept.id)).toEqual([2, 3]);
    expect(lists.read('a', 'images:private')).toBeNull();
    expect(lists.read('c', 'droplets')).toBeNull();
  });

  it('writes nothing but the rows and when they arrived, after the answer has gone', () => {
    const { lists, advance, values } = setup();
    lists.save('a', 'droplets', [row(1)], '2026-12-07T14:02:00.000Z');
    expect(values.size).toBe(0);
    advance(FIRST_WRITE_AFTER_MS);
    expect([...values.keys()]).toEqual(['a:droplets']);
    expect(Object.keys(values.get('a:droplets') as object).sort()).toEqual(['rows', 'savedAt']);
    expect(values.get('a:droplets')).toEqual({ savedAt: '2026-12-07T14:02:00.000Z', rows: [row(1)] });
  });

  it('writes a list at most once per period however often it loads, the last one winning', () => {
    const { lists, advance, values, writes } = setup();
    for (let load = 1; load <= 10; load += 1) {
      lists.save('a', 'droplets', [row(load)], `2026-12-07T14:0${load % 10}:00.000Z`);
      advance(FIRST_WRITE_AFTER_MS);
    }
    // The first write went at once; the nine loads after it waited for the period to end.
    expect(writes()).toBe(1);
    advance(WRITE_EVERY_MS);
    expect(writes()).toBe(2);
    expect((values.get('a:droplets') as { rows: DropletRow[] }).rows).toEqual([row(10)]);
    // Another list has its own period.
    lists.save('a', 'images:private', [], '2026-12-07T14:20:00.000Z');
    advance(FIRST_WRITE_AFTER_MS);
    expect(writes()).toBe(3);
  });

  it('reads a list kept by an earlier run, and ignores one that is not a list', () => {
    const kept = { savedAt: '2026-12-06T09:00:00.000Z', rows: [row(7)] };
    const { lists } = setup({ initial: { 'a:droplets': kept, 'a:images:private': { savedAt: 'yesterday', rows: [] }, 'b:droplets': { savedAt: kept.savedAt, rows: [{ name: 'no id' }] } } });
    expect(lists.read('a', 'droplets')).toEqual(kept);
    expect(lists.read('a', 'images:private')).toBeNull();
    expect(lists.read('b', 'droplets')).toBeNull();
  });

  it('forgets every list of a removed account, written or waiting, and only that account’s', () => {
    const { lists, advance, values } = setup({ initial: { 'a:images:private': { savedAt: '2026-12-06T09:00:00.000Z', rows: [] } } });
    lists.save('a', 'droplets', [row(1)], '2026-12-07T14:02:00.000Z');
    lists.save('b', 'droplets', [row(2)], '2026-12-07T14:02:00.000Z');
    advance(FIRST_WRITE_AFTER_MS);
    lists.save('a', 'droplets', [row(3)], '2026-12-07T14:03:00.000Z');
    lists.forget('a');
    advance(WRITE_EVERY_MS);
    expect([...values.keys()]).toEqual(['b:droplets']);
    expect(lists.read('a', 'droplets')).toBeNull();
    expect(lists.read('a', 'images:private')).toBeNull();
    expect(lists.read('b', 'droplets')?.rows).toEqual([row(2)]);
  });

  it('keeps no list longer than the cap, nor an older copy of it', () => {
    const { lists, advance, values } = setup();
    lists.save('a', 'droplets', [row(1)], '2026-12-07T14:02:00.000Z');
    advance(FIRST_WRITE_AFTER_MS);
    const tooMany = Array.from({ length: MAX_ROWS_PER_LIST + 1 }, (_, index) => row(index + 1));
    lists.save('a', 'droplets', tooMany, '2026-12-07T14:03:00.000Z');
    expect(lists.read('a', 'droplets')).toBeNull();
    advance(WRITE_EVERY_MS);
    expect(values.has('a:droplets')).toBe(false);
  });

  it('keeps a session account’s lists in memory only', () => {
    const { lists, advance, values } = setup({ persists: (id) => id !== 'session' });
    lists.save('session', 'droplets', [row(1)], '2026-12-07T14:02:00.000Z');
    advance(WRITE_EVERY_MS);
    expect(values.size).toBe(0);
    expect(lists.read('session', 'droplets')?.rows).toEqual([row(1)]);
  });

  it('writes what waits when closing', () => {
    const { lists, advance, values } = setup();
    lists.save('a', 'droplets', [row(1)], '2026-12-07T14:02:00.000Z');
    advance(FIRST_WRITE_AFTER_MS);
    lists.save('a', 'droplets', [row(2)], '2026-12-07T14:03:00.000Z');
    lists.flush();
    expect((values.get('a:droplets') as { rows: DropletRow[] }).rows).toEqual([row(2)]);
  });

  it('stores an account id with dots under one key', () => {
    const { lists, advance, values } = setup();
    lists.save('a.b', 'droplets', [row(1)], '2026-12-07T14:02:00.000Z');
    advance(FIRST_WRITE_AFTER_MS);
    expect([...values.keys()]).toEqual(['a%2Eb:droplets']);
  });

  it('never fails the list it keeps when the settings cannot be read', () => {
    const { lists } = setup({
      persists: () => {
        throw new Error('settings unreadable');
      },
    });
    expect(() => lists.save('a', 'droplets', [row(1)], '2026-12-07T14:02:00.000Z')).not.toThrow();
    expect(lists.read('a', 'droplets')?.rows).toEqual([row(1)]);
  });
});
