import type { DropletRecord, ImageRecord } from '../state';
import { DAY_MS } from '../time';
import type { SeedBuilder } from './builder';

/** How much long-running history to give an account, and over how long. */
export interface HistoryPlan {
  /** Past completed actions of each long kind (snapshot, resize with and without disk, rebuild, restore, transfer, convert). */
  readonly perKind: number;
  /** How far back they go. */
  readonly days: number;
  /** Fewer snapshots than `perKind` (each adds an image to the account), for a seed that took its own. */
  readonly snapshots?: number;
  /** Fewer backups converted to snapshots than `perKind` (each adds an image to the account). */
  readonly converts?: number;
  /**
   * Which images past transfers moved: only those this history made (the default, so the images a
   * seed named keep their regions), or any snapshot or custom image of the account.
   */
  readonly transfers?: 'made' | 'any';
}

/** Backups are kept four weeks at most: a converted one is older than any still in rotation. */
const CONVERTED_AFTER_DAYS = 29;
/** A Droplet off now was powered off at most this many days ago (half its age when younger). */
const OFF_SINCE_DAYS = 3.5;

/**
 * Past completed actions of every long kind, spread over the last `days`, on the account's Droplets and
 * the images this history made: what an estimator learns from on first connect. Each leaves the trace
 * it would have left: a snapshot its image (created as the action completed), a converted backup a
 * snapshot, a transfer one more region on its image. Durations come from the simulator's models, sized by the resource.
 */
export const addLongActionHistory = (seed: SeedBuilder, droplets: readonly DropletRecord[], plan: HistoryPlan): void => {
  const rng = seed.history.fork('picks');
  const ageOf = (createdAt: number): number => (seed.now - createdAt) / DAY_MS;
  /** A time within the window, after the thing existed for a day. */
  const pastDays = (createdAt: number): number => 0.2 + rng.next() * Math.min(plan.days, ageOf(createdAt) - 1);
  /**
   * A time for work on a Droplet: one that is off now was powered off in its last few days (see the
   * builder), and a resize, rebuild or restore leaves it on, so its history comes before that.
   */
  const dropletDays = (droplet: DropletRecord): number => {
    if (droplet.status !== 'off') return pastDays(droplet.createdAt);
    const latest = Math.min(OFF_SINCE_DAYS, ageOf(droplet.createdAt) / 2);
    return latest + rng.next() * Math.max(0, Math.min(plan.days, ageOf(droplet.createdAt) - 1) - latest);
  };
  const settled = droplets.filter((droplet) => droplet.status !== 'new' && ageOf(droplet.createdAt) > 2);
  if (settled.length === 0) return;
  const orAll = (some: DropletRecord[]): DropletRecord[] => (some.length > 0 ? some : settled);
  const backedUp = orAll(settled.filter((droplet) => droplet.features.includes('backups')));
  // New snapshots go to Droplets that have none yet, so the ones a seed named keep their own story.
  const unsnapped = settled.filter((droplet) => droplet.snapshotIds.length === 0);
  const snapshotTargets = orAll(unsnapped);
  // A converted backup keeps its name, which holds its date: older than any backup in rotation, it
  // never repeats one of theirs.
  const convertTargets = orAll(backedUp.filter((droplet) => unsnapped.includes(droplet) && ageOf(droplet.createdAt) > CONVERTED_AFTER_DAYS + 2));
  /** The images this history made: the ones it transfers, so the images a seed named keep their regions. */
  const made: ImageRecord[] = [];
  const growable = settled.filter((droplet) => droplet.disk > 25);

  for (let index = 0; index < plan.perKind; index += 1) {
    if (index < (plan.snapshots ?? plan.perKind)) {
      const snapped = rng.pick(snapshotTargets);
      const ageDays = dropletDays(snapped);
      made.push(seed.snapshot(snapped, `${snapped.name}-${Math.floor(seed.daysAgo(ageDays) / 1000)}`, ageDays));
    }

    const resized = rng.pick(settled);
    seed.resize(resized, dropletDays(resized), false);
    if (growable.length > 0) {
      const grown = rng.pick(growable);
      seed.resize(grown, dropletDays(grown), true);
    }

    const rebuilt = rng.pick(settled);
    seed.rebuild(rebuilt, dropletDays(rebuilt));

    const restored = rng.pick(backedUp);
    seed.restore(restored, dropletDays(restored));

    if (index < (plan.converts ?? plan.perKind)) {
      const converted = rng.pick(convertTargets);
      const oldest = Math.max(CONVERTED_AFTER_DAYS, Math.min(plan.days, ageOf(converted.createdAt) - 1));
      const backupAgeDays = CONVERTED_AFTER_DAYS + rng.next() * (oldest - CONVERTED_AFTER_DAYS);
      made.push(seed.convertedBackup(converted, backupAgeDays, backupAgeDays - 0.5 - rng.next() * 5));
    }
  }

  const movable =
    plan.transfers === 'any'
      ? [...seed.world.store.images.values()].filter((image) => !image.public && image.status === 'available' && image.type !== 'backup')
      : made;
  const images = movable.filter((image) => ageOf(image.createdAt) > 2);
  if (images.length === 0) return;
  const regions = seed.regionSlugs();
  for (let index = 0; index < plan.perKind; index += 1) {
    const image = rng.pick(images);
    const elsewhere = regions.filter((slug) => !image.regions.includes(slug));
    if (elsewhere.length === 0) continue;
    seed.transfer(image, rng.pick(elsewhere), pastDays(image.createdAt));
  }
};
