import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Region, Size } from '../../../shared/do-types';
import { regions } from '../../../simulator/catalogue/regions';
import { sizes } from '../../../simulator/catalogue/sizes';
import { startSimulatedCore, type SimulatedCore } from '../testing/simulated-core';

let harness: SimulatedCore;

beforeAll(async () => {
  harness = await startSimulatedCore();
});

afterAll(() => harness.close());

describe('the catalogue', () => {
  it('lists every region, those closed to new Droplets included', async () => {
    const answer = (await harness.call('catalog.regions')) as Region[];
    expect(answer.map((region) => region.slug)).toEqual(regions.map((region) => region.slug));
    expect(answer.find((region) => region.slug === 'sfo1')).toMatchObject({ available: false });
    const nyc3 = answer.find((region) => region.slug === 'nyc3');
    expect(nyc3).toMatchObject({ name: 'New York 3', available: true, sizes: expect.any(Array) });
  });

  it('lists every size with its prices and regions', async () => {
    const answer = (await harness.call('catalog.sizes')) as Size[];
    expect(answer.map((size) => size.slug)).toEqual(sizes.map((size) => size.slug));
    expect(answer[0]).toMatchObject({
      memory: expect.any(Number),
      vcpus: expect.any(Number),
      price_monthly: expect.any(Number),
      regions: expect.any(Array),
    });
  });

  it('takes no parameters', async () => {
    await expect(harness.call('catalog.sizes', { region: 'nyc3' })).rejects.toMatchObject({ detail: { kind: 'validation' } });
  });
});
