import type { AccountRecord } from '../state';
import type { World } from '../world';
import { SeedBuilder } from './builder';
import { demoAccount, populateDemo } from './demo';
import { largeAccount, MAX_LARGE_DROPLETS, populateLarge } from './large';

/** A starting state: `demo`, `empty`, or `large:N`. */
export interface Seed {
  readonly name: string;
  readonly account: AccountRecord;
  readonly populate: (world: World) => void;
}

/** An account with nothing in it yet, beyond DigitalOcean's public images. */
const emptySeed = (): Seed => ({
  name: 'empty',
  account: { ...demoAccount(), dropletLimit: 25 },
  populate: (world) => new SeedBuilder(world).addPublicImages(),
});

export const parseSeed = (spec: string): Seed => {
  if (spec === 'demo') return { name: 'demo', account: demoAccount(), populate: populateDemo };
  if (spec === 'empty') return emptySeed();
  const large = /^large:(\d{1,6})$/.exec(spec);
  const count = large ? Number(large[1]) : NaN;
  if (large && count >= 1 && count <= MAX_LARGE_DROPLETS) {
    return { name: spec, account: largeAccount(count), populate: (world) => populateLarge(world, count) };
  }
  throw new Error(`Unknown seed "${spec}": use demo, empty or large:N with N from 1 to ${MAX_LARGE_DROPLETS}.`);
};
