import type { Prng } from '../prng';
import type { DropletRecord } from '../state';
import { DAY_MS } from '../time';

/**
 * What a Droplet holds, as opposed to the disk it has: what a snapshot or backup copies and weighs, and
 * what drives how long a snapshot takes. Always below the disk.
 */

const round = (gigabytes: number): number => Math.round(gigabytes * 100) / 100;

/** The most a Droplet's data fills of its disk. */
const FULLEST = 0.9;

/** A new Droplet holds its image plus some data of its own, up to a fifth of its disk; never more than 90% of the disk. */
export const initialUsedGigabytes = (imageGigabytes: number, disk: number, prng: Prng): number =>
  round(Math.min(imageGigabytes + prng.next() * disk * 0.2, disk * FULLEST));

/** Each Droplet's data grows at its own pace: between nothing and 50 MB a day. */
export const usedGrowthPerDay = (prng: Prng): number => Math.round(prng.next() * 50) / 1000;

/** What the Droplet holds at `at`: what it held at `usedSince`, grown since, never above 90% of its disk. */
export const usedGigabytesAt = (droplet: DropletRecord, at: number): number =>
  round(Math.min(droplet.usedGigabytes + (droplet.usedGrowthPerDay * Math.max(0, at - droplet.usedSince)) / DAY_MS, droplet.disk * FULLEST));

/** The Droplet holds `gigabytes` from `at` on (a rebuild or restore rewrote its disk). */
export const setUsedGigabytes = (droplet: DropletRecord, gigabytes: number, at: number): void => {
  droplet.usedGigabytes = round(Math.min(gigabytes, droplet.disk * FULLEST));
  droplet.usedSince = at;
};

/**
 * What a snapshot or backup of a Droplet holding `usedGigabytes` weighs: within 10% of the used data
 * (compression, free blocks), so an earlier snapshot's size is a good but not perfect predictor of the next.
 */
export const imageGigabytesOf = (usedGigabytes: number, prng: Prng): number => round(usedGigabytes * (0.9 + prng.next() * 0.2));
