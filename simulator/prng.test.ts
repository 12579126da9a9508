import { expect, test } from 'vitest';
import { createPrng } from './prng';

test('the same seed gives the same sequence; another seed another', () => {
  const draw = (seed: string) => Array.from({ length: 5 }, createPrng(seed).next);
  expect(draw('demo')).toEqual(draw('demo'));
  expect(draw('demo')).not.toEqual(draw('empty'));
});

test('int stays within its bounds and reaches both ends', () => {
  const rng = createPrng('bounds');
  const seen = new Set(Array.from({ length: 500 }, () => rng.int(1, 4)));
  expect([...seen].sort()).toEqual([1, 2, 3, 4]);
});

test('forks are independent of how much the parent draws', () => {
  const a = createPrng('x');
  const b = createPrng('x');
  b.next();
  b.next();
  expect(a.fork('faults').next()).toBe(b.fork('faults').next());
});
