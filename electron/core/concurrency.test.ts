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
  it('reads a limit given as a function again as each call ends: widening starts more, narrowing cuts none short', async () => {
    const pool = controlled();
    let limit = 2;
    let reads = 0;
    const all = mapLimited([1, 2, 3, 4, 5, 6, 7, 8], () => ((reads += 1), limit), pool.work);
    await pool.settle();
    expect(pool.started).toEqual([1, 2]);
    limit = 4;
    pool.finish.get(1)?.resolve('one');
    await pool.settle();
    // One ended, the limit is now 4: three more start next to the one still running.
    expect(pool.started).toEqual([1, 2, 3, 4, 5]);
    limit = 1;
    pool.finish.get(3)?.resolve('three');
    pool.finish.get(4)?.resolve('four');
    await pool.settle();
    // Two still run (2 and 5), more than the new limit of 1: nothing starts until both have ended.
    expect(pool.started).toEqual([1, 2, 3, 4, 5]);
    pool.finish.get(2)?.resolve('two');
    await pool.settle();
    expect(pool.started).toEqual([1, 2, 3, 4, 5]);
    pool.finish.get(5)?.resolve('five');
    await pool.settle();
    expect(pool.started).toEqual([1, 2, 3, 4, 5, 6]);
    for (const item of [6, 7, 8]) {
      pool.finish.get(item)?.resolve(String(item));
      await pool.settle();
    }
    await expect(all).resolves.toEqual(['one', 'two', 'three', 'four', 'five', '6', '7', '8']);
    expect(pool.most()).toBe(4);
    expect(reads).toBeGreaterThanOrEqual(8);
  });
});
