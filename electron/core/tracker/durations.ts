import type { Logger } from '../log';
import type { SettingsStore } from '../settings-store';

/** The settings key for this user's learned durations. */
export const LEARNED_DURATIONS_KEY = 'tracker.learnedDurations';

/** Enough history to follow a change in the user's Droplets without letting one odd run dominate. */
const SAMPLES_PER_KIND = 25;
const MAX_KINDS = 100;

const SECOND = 1000;
const MINUTE = 60 * SECOND;

/** What an action works on, as far as its duration goes. */
export interface Work {
  type: string;
  /** GB of the disk or image the work moves, for the types that scale with it. */
  sizeGigabytes?: number;
  /** A resize that also grows the disk (that one takes time per GB). */
  diskResize?: boolean;
}

/** How long the work should take, and on what grounds; or why there is nothing to go on. */
export type Expectation = { ms: number; basis: 'learned' | 'prior' } | { reason: 'no-basis' | 'size-unknown' };

/**
 * The work whose time grows with the data it moves: snapshots, backup-derived work (restore from a
 * backup, converting a backup), image transfers, disk resizes. Their durations are kept per GB.
 */
const PER_GIGABYTE: ReadonlySet<string> = new Set(['snapshot', 'restore', 'convert', 'transfer', 'resize:disk']);

/**
 * Starting points until the user's own history exists. Snapshots: DigitalOcean documents about two
 * minutes per GB (DESIGN.md), and even an empty disk takes a minute. Power, rename, IPv6 and backup
 * switches are seconds-long state changes; a create takes under a minute (the spec's example, 15 s).
 * Resize, rebuild, restore, transfer, convert and image imports vary too much with things we cannot see
 * to guess: they stay indeterminate until this user has completed one.
 */
const PRIORS: Readonly<Record<string, { ms: number; minimumMs?: number }>> = {
  snapshot: { ms: 2 * MINUTE, minimumMs: MINUTE },
  create: { ms: 45 * SECOND },
  power_on: { ms: 15 * SECOND },
  power_off: { ms: 10 * SECOND },
  shutdown: { ms: 20 * SECOND },
  reboot: { ms: 30 * SECOND },
  power_cycle: { ms: 20 * SECOND },
  rename: { ms: 5 * SECOND },
  enable_ipv6: { ms: 10 * SECOND },
  enable_backups: { ms: 5 * SECOND },
  disable_backups: { ms: 5 * SECOND },
  change_backup_policy: { ms: 5 * SECOND },
};

/** The name durations are kept under: a disk resize is its own kind of work. */
export const workKind = (work: Work): string => (work.type === 'resize' && work.diskResize ? 'resize:disk' : work.type);

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
};

const isSample = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value) && value > 0;

/** Reads what was stored, keeping only well-formed samples: the file is the user's to edit. */
export const parseLearnedDurations = (stored: unknown): Map<string, number[]> => {
  const learned = new Map<string, number[]>();
  if (typeof stored !== 'object' || stored === null || Array.isArray(stored)) return learned;
  for (const [kind, samples] of Object.entries(stored).slice(-MAX_KINDS)) {
    if (!Array.isArray(samples)) continue;
    const valid = samples.filter(isSample).slice(-SAMPLES_PER_KIND);
    if (valid.length > 0) learned.set(kind, valid);
  }
  return learned;
};

export interface DurationBook {
  expect(work: Work): Expectation;
  /** Learns from a completed piece of work (never from an errored one: it stops early or late). */
  learn(work: Work, durationMs: number): void;
}

/**
 * Expected durations: the median of this user's completed work of the kind (per GB where the work
 * scales with data), else a prior, else none. Learned samples persist in the settings store.
 */
export const createDurationBook = (store: SettingsStore, log: Logger): DurationBook => {
  const learned = parseLearnedDurations(store.get(LEARNED_DURATIONS_KEY));
  const usableSize = (work: Work): number | undefined =>
    work.sizeGigabytes !== undefined && Number.isFinite(work.sizeGigabytes) && work.sizeGigabytes > 0 ? work.sizeGigabytes : undefined;

  return {
    expect(work) {
      const kind = workKind(work);
      const perGigabyte = PER_GIGABYTE.has(kind);
      const size = usableSize(work);
      if (perGigabyte && size === undefined) return { reason: 'size-unknown' };
      const scale = perGigabyte ? (size as number) : 1;
      const samples = learned.get(kind);
      if (samples && samples.length > 0) return { ms: median(samples) * scale, basis: 'learned' };
      const prior = PRIORS[kind];
      if (prior) return { ms: Math.max(prior.ms * scale, prior.minimumMs ?? 0), basis: 'prior' };
      return { reason: 'no-basis' };
    },
    learn(work, durationMs) {
      const kind = workKind(work);
      const size = usableSize(work);
      if (!isSample(durationMs)) return;
      if (PER_GIGABYTE.has(kind) && size === undefined) return;
      const sample = PER_GIGABYTE.has(kind) ? durationMs / (size as number) : durationMs;
      const samples = [...(learned.get(kind) ?? []), sample].slice(-SAMPLES_PER_KIND);
      learned.delete(kind);
      learned.set(kind, samples);
      // Most recently learned last; the oldest kinds go first if a user somehow has a hundred.
      while (learned.size > MAX_KINDS) learned.delete(learned.keys().next().value as string);
      try {
        store.set(LEARNED_DURATIONS_KEY, Object.fromEntries(learned));
      } catch (error) {
        log.warn('could not save learned durations', error);
      }
    },
  };
};
