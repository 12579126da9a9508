import type { Prng } from '../prng';

/**
 * What a Droplet holds, as opposed to the disk it has: what a snapshot or backup copies and weighs, and
 * what drives how long a snapshot takes. Always below the disk.
 */

const round = (gigabytes: number): number => Math.round(gigabytes * 100) / 100;

/** A new Droplet holds its image plus some data of its own, up to a fifth of its disk; never more than 90% of the disk. */
export const initialUsedGigabytes = (imageGigabytes: number, disk: number, prng: Prng): number =>
  round(Math.min(imageGigabytes + prng.next() * disk * 0.2, disk * 0.9));

/**
 * What a snapshot or backup of a Droplet holding `usedGigabytes` weighs: within 10% of the used data
 * (compression, free blocks), so an earlier snapshot's size is a good but not perfect predictor of the next.
 */
export const imageGigabytesOf = (usedGigabytes: number, prng: Prng): number => round(usedGigabytes * (0.9 + prng.next() * 0.2));
