import { describe, expect, it } from 'vitest';
import { createLogger } from '../log';
import { createMemorySettingsStore } from '../settings-store';
import { createDurationBook, LEARNED_DURATIONS_KEY, parseLearnedDurations } from './durations';

const silent = createLogger('test', { sink: () => undefined });

describe('duration book', () => {
  it('starts from priors: about two minutes per GB for a snapshot, at least a minute', () => {
    const book = createDurationBook(createMemorySettingsStore(), silent);
    expect(book.expect({ type: 'snapshot', sizeGigabytes: 25 })).toEqual({ ms: 25 * 120_000, basis: 'prior' });
    expect(book.expect({ type: 'snapshot', sizeGigabytes: 0.2 })).toEqual({ ms: 60_000, basis: 'prior' });
    expect(book.expect({ type: 'power_off' })).toEqual({ ms: 10_000, basis: 'prior' });
  });

  it('has nothing to go on for work without a prior, or per-GB work without a size', () => {
    const book = createDurationBook(createMemorySettingsStore(), silent);
    expect(book.expect({ type: 'resize' })).toEqual({ reason: 'no-basis' });
    expect(book.expect({ type: 'image_import' })).toEqual({ reason: 'no-basis' });
    expect(book.expect({ type: 'snapshot' })).toEqual({ reason: 'size-unknown' });
    expect(book.expect({ type: 'transfer', sizeGigabytes: 0 })).toEqual({ reason: 'size-unknown' });
  });

  it('learns the median of completed work, per GB where work scales with data, and persists it', () => {
    const store = createMemorySettingsStore();
    const book = createDurationBook(store, silent);
    for (const ms of [9_000, 30_000, 11_000]) book.learn({ type: 'power_off' }, ms);
    book.learn({ type: 'snapshot', sizeGigabytes: 10 }, 600_000);
    book.learn({ type: 'snapshot', sizeGigabytes: 20 }, 1_400_000);
    book.learn({ type: 'resize', diskResize: true, sizeGigabytes: 50 }, 500_000);
    book.learn({ type: 'snapshot' }, 100_000); // no size: nothing to learn per GB

    expect(book.expect({ type: 'power_off' })).toEqual({ ms: 11_000, basis: 'learned' });
    expect(book.expect({ type: 'snapshot', sizeGigabytes: 40 })).toEqual({ ms: 40 * 65_000, basis: 'learned' });
    expect(book.expect({ type: 'resize', diskResize: true, sizeGigabytes: 80 })).toEqual({ ms: 800_000, basis: 'learned' });
    expect(book.expect({ type: 'resize' })).toEqual({ reason: 'no-basis' });
    expect(store.get(LEARNED_DURATIONS_KEY)).toEqual({ power_off: [9_000, 30_000, 11_000], snapshot: [60_000, 70_000], 'resize:disk': [10_000] });

    const again = createDurationBook(store, silent);
    expect(again.expect({ type: 'power_off' })).toEqual({ ms: 11_000, basis: 'learned' });
  });

  it('keeps the most recent samples only', () => {
    const store = createMemorySettingsStore();
    const book = createDurationBook(store, silent);
    for (let n = 1; n <= 40; n += 1) book.learn({ type: 'reboot' }, n * 1000);
    expect((store.get(LEARNED_DURATIONS_KEY) as Record<string, number[]>).reboot).toEqual(Array.from({ length: 25 }, (_, i) => (i + 16) * 1000));
  });

  it('reads stored values defensively', () => {
    expect(parseLearnedDurations('nonsense').size).toBe(0);
    expect(parseLearnedDurations([1, 2]).size).toBe(0);
    expect([...parseLearnedDurations({ reboot: [1000, -5, 'x', Number.NaN, 2000], snapshot: 'fast', rename: [] })]).toEqual([['reboot', [1000, 2000]]]);
  });

  it('keeps working when the store cannot save', () => {
    const warnings: string[] = [];
    const store = { ...createMemorySettingsStore(), set: () => { throw new Error('disk full'); } };
    const book = createDurationBook(store, createLogger('test', { sink: (_level, line) => warnings.push(line) }));
    book.learn({ type: 'rename' }, 4000);
    expect(book.expect({ type: 'rename' })).toEqual({ ms: 4000, basis: 'learned' });
    expect(warnings).toEqual([expect.stringContaining('could not save learned durations')]);
  });
});
