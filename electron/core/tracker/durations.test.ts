import { describe, expect, it } from 'vitest';
import { createLogger } from '../log';
import { createMemorySettingsStore, type SettingsStore } from '../settings-store';
import { FEW_SAMPLES_RANGE, PRIOR_RANGE } from './duration-model';
import { createAccountDurations, estimatesKey, LEGACY_DURATIONS_KEY, parseLearnedRecord, SAMPLES_PER_KIND } from './durations';

const silent = createLogger('test', { sink: () => undefined });

const bookFor = (store: SettingsStore = createMemorySettingsStore(), account: string | null = 'a1') => {
  const book = createAccountDurations(store, silent);
  book.use(account);
  return book;
};

const prior = (ms: number) => ({ ms, lowMs: ms * PRIOR_RANGE.low, highMs: ms * PRIOR_RANGE.high, basis: 'prior' });

describe('account durations', () => {
  it('starts from priors with a wide range: about two minutes per GB of data for a snapshot, at least a minute', () => {
    const book = bookFor();
    expect(book.expect({ type: 'snapshot', sizeGigabytes: 25 })).toEqual(prior(25 * 120_000));
    expect(book.expect({ type: 'snapshot', sizeGigabytes: 0.2 })).toEqual(prior(60_000));
    expect(book.expect({ type: 'power_off' })).toEqual(prior(10_000));
  });

  it('says when the size is only an upper bound', () => {
    expect(bookFor().expect({ type: 'snapshot', sizeGigabytes: 50, upperBound: true })).toEqual({ ...prior(50 * 120_000), upperBound: true });
  });

  it('has nothing to go on for work without a prior, or size-driven work without a size', () => {
    const book = bookFor();
    expect(book.expect({ type: 'resize' })).toEqual({ reason: 'no-basis' });
    expect(book.expect({ type: 'restore', sizeGigabytes: 4 })).toEqual({ reason: 'no-basis' });
    expect(book.expect({ type: 'image_import' })).toEqual({ reason: 'size-unknown' });
    expect(book.expect({ type: 'snapshot' })).toEqual({ reason: 'size-unknown' });
    expect(book.expect({ type: 'transfer', sizeGigabytes: 0 })).toEqual({ reason: 'size-unknown' });
  });

  it('learns the account’s runs, by the size that drives them, and persists them under the account', () => {
    const store = createMemorySettingsStore();
    const book = bookFor(store);
    for (const ms of [9_000, 30_000, 11_000]) book.learn({ type: 'power_off' }, ms);
    book.learn({ type: 'snapshot', sizeGigabytes: 10 }, 600_000);
    book.learn({ type: 'snapshot', sizeGigabytes: 20 }, 1_400_000);
    book.learn({ type: 'resize', diskResize: true, sizeGigabytes: 50 }, 500_000);
    book.learn({ type: 'snapshot' }, 100_000); // no size: nothing to learn per GB
    book.learn({ type: 'snapshot', sizeGigabytes: 160, upperBound: true }, 100_000); // the disk, not the data

    expect(book.expect({ type: 'power_off' })).toMatchObject({ ms: 11_000, basis: 'learned', samples: 3 });
    // Two runs: median time per GB, and the wide range of few runs.
    expect(book.expect({ type: 'snapshot', sizeGigabytes: 40 })).toEqual({
      ms: 40 * 65_000,
      lowMs: 40 * 65_000 * FEW_SAMPLES_RANGE.low,
      highMs: 40 * 65_000 * FEW_SAMPLES_RANGE.high,
      basis: 'learned',
      samples: 2,
    });
    expect(book.expect({ type: 'resize', diskResize: true, sizeGigabytes: 80 })).toMatchObject({ ms: 800_000, basis: 'learned' });
    expect(book.expect({ type: 'resize' })).toEqual({ reason: 'no-basis' });
    expect(store.get(estimatesKey('a1'))).toEqual({
      kinds: {
        power_off: [{ ms: 9_000 }, { ms: 30_000 }, { ms: 11_000 }],
        snapshot: [
          { sizeGb: 10, ms: 600_000 },
          { sizeGb: 20, ms: 1_400_000 },
        ],
        'resize:disk': [{ sizeGb: 50, ms: 500_000 }],
      },
    });

    expect(bookFor(store).expect({ type: 'power_off' })).toMatchObject({ ms: 11_000, basis: 'learned' });
  });

  it('keeps each account’s runs apart, and forgets a removed account’s', () => {
    const store = createMemorySettingsStore();
    const book = bookFor(store, 'a1');
    book.learn({ type: 'reboot' }, 5_000);
    book.use('a2');
    expect(book.expect({ type: 'reboot' })).toMatchObject({ basis: 'prior' });
    book.learn({ type: 'reboot' }, 7_000);
    book.use('a1');
    expect(book.expect({ type: 'reboot' })).toMatchObject({ ms: 5_000, basis: 'learned' });

    book.forget('a1');
    expect(store.get(estimatesKey('a1'))).toBeUndefined();
    expect(book.expect({ type: 'reboot' })).toMatchObject({ basis: 'prior' });
    expect(store.get(estimatesKey('a2'))).toBeDefined();
  });

  it('keeps a session-only account’s runs in memory, leaving nothing in settings', () => {
    const store = createMemorySettingsStore();
    const book = createAccountDurations(store, silent, (id) => id !== 'session');
    book.use('session');
    book.learn({ type: 'reboot' }, 5_000);
    book.markHistoryRead('session', '2026-12-07T00:00:00Z');
    expect(book.expect({ type: 'reboot' })).toMatchObject({ ms: 5_000, basis: 'learned' });
    expect(book.historyRead('session')).toBe(true);
    expect(store.get(estimatesKey('session'))).toBeUndefined();
  });

  it('learns nothing and estimates from priors while no account is active', () => {
    const store = createMemorySettingsStore();
    const book = bookFor(store, null);
    book.learn({ type: 'reboot' }, 5_000);
    expect(book.expect({ type: 'reboot' })).toMatchObject({ basis: 'prior' });
    expect(book.current()).toBeNull();
  });

  it('learns an account’s history at once, for that account whichever is in use, and marks it read', () => {
    const store = createMemorySettingsStore();
    const book = bookFor(store, 'a2');
    expect(book.historyRead('a1')).toBe(false);
    book.learnAll('a1', [
      { work: { type: 'reboot' }, durationMs: 4_000 },
      { work: { type: 'reboot' }, durationMs: 6_000 },
    ]);
    book.markHistoryRead('a1', '2026-12-07T00:00:00Z');
    expect(book.historyRead('a1')).toBe(true);
    expect(book.expect({ type: 'reboot' })).toMatchObject({ basis: 'prior' });
    book.use('a1');
    expect(book.expect({ type: 'reboot' })).toMatchObject({ ms: 5_000, basis: 'learned', samples: 2 });
    expect(bookFor(store).historyRead('a1')).toBe(true);
  });

  it('learns work sized only afterwards, for the account it ran on, even after a switch', async () => {
    const book = bookFor(createMemorySettingsStore(), 'a1');
    let size: (gigabytes: number | undefined) => void = () => undefined;
    book.learnWhenSized({ type: 'snapshot', sizeGigabytes: 160, upperBound: true }, 300_000, new Promise((resolve) => (size = resolve)));
    book.learnWhenSized({ type: 'snapshot', sizeGigabytes: 80, upperBound: true }, 300_000, Promise.resolve(undefined));
    book.use('a2');
    size(5);
    await Promise.resolve();
    expect(book.expect({ type: 'snapshot', sizeGigabytes: 10 })).toMatchObject({ basis: 'prior' });
    book.use('a1');
    // Learned by the 5 GB it copied, not the 160 GB disk; the one that could not be sized taught nothing.
    expect(book.expect({ type: 'snapshot', sizeGigabytes: 10 })).toMatchObject({ ms: 600_000, basis: 'learned', samples: 1 });
  });

  it('keeps the most recent runs only', () => {
    const store = createMemorySettingsStore();
    const book = bookFor(store);
    for (let n = 1; n <= 50; n += 1) book.learn({ type: 'reboot' }, n * 1000);
    const stored = store.get(estimatesKey('a1')) as { kinds: Record<string, { ms: number }[]> };
    expect(stored.kinds.reboot?.map((sample) => sample.ms)).toEqual(Array.from({ length: SAMPLES_PER_KIND }, (_, i) => (i + 51 - SAMPLES_PER_KIND) * 1000));
  });

  it('drops the old global book', () => {
    const store = createMemorySettingsStore({ [LEGACY_DURATIONS_KEY]: { power_off: [12_000] } });
    const book = bookFor(store);
    expect(store.get(LEGACY_DURATIONS_KEY)).toBeUndefined();
    expect(book.expect({ type: 'power_off' })).toMatchObject({ basis: 'prior' });
  });

  it('reads stored values defensively', () => {
    expect(parseLearnedRecord('nonsense').kinds.size).toBe(0);
    expect(parseLearnedRecord([1, 2]).kinds.size).toBe(0);
    const record = parseLearnedRecord({
      kinds: { reboot: [{ ms: 1_000 }, { ms: -5 }, 'x', { ms: Number.NaN }, { sizeGb: 'big', ms: 4 }, { sizeGb: 2, ms: 8 }], snapshot: 'oops' },
      historyReadAt: 42,
    });
    expect([...record.kinds]).toEqual([['reboot', [{ ms: 1_000 }, { sizeGb: 2, ms: 8 }]]]);
    expect(record.historyReadAt).toBeUndefined();
  });

  it('keeps working when the store cannot save', () => {
    const store = createMemorySettingsStore();
    store.set = () => {
      throw new Error('disk full');
    };
    const book = bookFor(store);
    book.learn({ type: 'reboot' }, 20_000);
    expect(book.expect({ type: 'reboot' })).toMatchObject({ ms: 20_000, basis: 'learned' });
  });
});
