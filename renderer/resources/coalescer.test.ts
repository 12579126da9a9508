import { describe, expect, it } from 'vitest';
import { createCoalescer, type Schedule } from './coalescer';

const manual = () => {
  const runs: (() => void)[] = [];
  const schedule: Schedule = (run) => {
    runs.push(run);
    return () => runs.splice(runs.indexOf(run), 1);
  };
  return { schedule, runs };
};

describe('createCoalescer', () => {
  it('hands over what arrived before the flush as one batch, and starts a new batch after it', () => {
    const { schedule, runs } = manual();
    const batches: number[][] = [];
    const coalescer = createCoalescer<number>(schedule, (items) => batches.push(items));
    coalescer.add(1);
    coalescer.add(2);
    coalescer.add(3);
    expect(runs).toHaveLength(1);
    runs.shift()?.();
    coalescer.add(4);
    runs.shift()?.();
    expect(batches).toEqual([[1, 2, 3], [4]]);
  });

  it('drops what is pending when stopped', () => {
    const { schedule, runs } = manual();
    const batches: number[][] = [];
    const coalescer = createCoalescer<number>(schedule, (items) => batches.push(items));
    coalescer.add(1);
    coalescer.stop();
    expect(runs).toHaveLength(0);
    coalescer.add(2);
    runs.shift()?.();
    expect(batches).toEqual([[2]]);
  });
});
