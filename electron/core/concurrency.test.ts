import { describe, expect, it } from 'vitest';
import { mapLimited } from './concurrency';

/** Work whose calls the test finishes by hand, recording how many run at once. */
const controlled = () => {
  const started: number[] = [];
  const finish = new Map<number, { resolve: (value: string) => void; reject: (error: Error) => void }>();
  let running = 0;
  let most = 0;
  const work = (item: number) =>
    new Promise<string>((resolve, reject) => {
      started.push(item);
      running += 1;
      most = Math.max(most, running);
      const done = () => (running -= 1);
      finish.set(item, {
        resolve: (value) => {
          done();
          resolve(value);
        },
        reject: (error) => {
          done();
          reject(error);
        },
      });
    });
  /** Lets the pool's workers take their next item. */
  const settle = () => new Promise((resolve) => setImmediate(resolve));
  return { work, started, finish, most: () => most, settle };
};

describe('mapLimited', () => {
  it('never has more than the limit in flight, starts in order, and answers in the items’ order whatever finishes first', async () => {
    const pool = controlled();
    const all = mapLimited([1, 2, 3, 4, 5], 2, pool.work);
    await pool.settle();
    expect(pool.started).toEqual([1, 2]);
    pool.finish.get(2)?.resolve('two');
    await pool.settle();
    expect(pool.started).toEqual([1, 2, 3]);
    pool.finish.get(3)?.resolve('three');
    pool.finish.get(1)?.resolve('one');
    await pool.settle();
    expect(pool.started).toEqual([1, 2, 3, 4, 5]);
    pool.finish.get(5)?.resolve('five');
    pool.finish.get(4)?.resolve('four');
    await expect(all).resolves.toEqual(['one', 'two', 'three', 'four', 'five']);
    expect(pool.most()).toBe(2);
  });

  it('passes each item’s index and runs everything at once under a large limit', async () => {
    const seen: [string, number][] = [];
    await expect(
      mapLimited(['a', 'b', 'c'], 10, async (item, index) => {
        seen.push([item, index]);
        return item.toUpperCase();
      }),
    ).resolves.toEqual(['A', 'B', 'C']);
    expect(seen).toEqual([
      ['a', 0],
      ['b', 1],
      ['c', 2],
    ]);
  });

  it('answers an empty list without calling anything, and treats a limit below one as one', async () => {
    await expect(mapLimited([], 3, () => Promise.reject(new Error('called')))).resolves.toEqual([]);
    const pool = controlled();
    const all = mapLimited([1, 2], 0, pool.work);
    await pool.settle();
    expect(pool.started).toEqual([1]);
    pool.finish.get(1)?.resolve('one');
    await pool.settle();
    pool.finish.get(2)?.resolve('two');
    await expect(all).resolves.toEqual(['one', 'two']);
  });

  it('starts nothing more after a failure, waits for what runs, and throws the first error', async () => {
    const pool = controlled();
    const all = mapLimited([1, 2, 3, 4], 2, pool.work);
    const outcome = all.catch((error: unknown) => error);
    await pool.settle();
    pool.finish.get(1)?.reject(new Error('page 1 failed'));
    await pool.settle();
    expect(pool.started).toEqual([1, 2]);
    let ended = false;
    void outcome.then(() => (ended = true));
    await pool.settle();
    expect(ended).toBe(false);
    pool.finish.get(2)?.reject(new Error('page 2 was cut short'));
    expect(((await outcome) as Error).message).toBe('page 1 failed');
    expect(pool.started).toEqual([1, 2]);
  });
});
