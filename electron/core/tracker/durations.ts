import { actionDuration } from '../../../shared/actions/catalogue';
import type { Expectation } from '../../../shared/actions/estimate';
import type { Logger } from '../log';
import type { SettingsStore } from '../settings-store';

/** The settings key for this user's learned durations. */
export const LEARNED_DURATIONS_KEY = 'tracker.learnedDurations';

/** Enough history to follow a change in the user's Droplets without letting one odd run dominate. */
const SAMPLES_PER_KIND = 25;
const MAX_KINDS = 100;

/** What an action works on, as far as its duration goes. */
export interface Work {
  type: string;
  /** GB of the disk or image the work moves, for the types that scale with it. */
  sizeGigabytes?: number;
  /** A resize that also grows the disk (that one takes time per GB). */
  diskResize?: boolean;
}

/** The name durations are kept under: a disk resize is its own kind of work. */
export const workKind = (work: Work): string => (work.diskResize && actionDuration(work.type).whenDiskGrows ? `${work.type}:disk` : work.type);

/**
 * Whether the work's time grows with the data it moves (snapshots, backup-derived work, transfers, disk
 * resizes): the catalogue says what drives each kind; such durations are kept per GB.
 */
const perGigabyte = (work: Work): boolean => {
  const spec = actionDuration(work.type);
  const driver = work.diskResize && spec.whenDiskGrows ? spec.whenDiskGrows : spec.drivenBy;
  return driver !== 'nothing';
};

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
 * scales with data), else the catalogue's prior, else none. Learned samples persist in the settings store.
 */
export const createDurationBook = (store: SettingsStore, log: Logger): DurationBook => {
  const learned = parseLearnedDurations(store.get(LEARNED_DURATIONS_KEY));
  const usableSize = (work: Work): number | undefined =>
    work.sizeGigabytes !== undefined && Number.isFinite(work.sizeGigabytes) && work.sizeGigabytes > 0 ? work.sizeGigabytes : undefined;

  return {
    expect(work) {
      const kind = workKind(work);
      const scalesWithSize = perGigabyte(work);
      const size = usableSize(work);
      if (scalesWithSize && size === undefined) return { reason: 'size-unknown' };
      const scale = scalesWithSize ? (size as number) : 1;
      const samples = learned.get(kind);
      if (samples && samples.length > 0) {
        const ms = median(samples) * scale;
        return { ms, lowMs: ms * 0.6, highMs: ms * 1.6, basis: 'learned' };
      }
      // Priors are for the plain kind: a disk-growing variant has none of its own.
      const prior = kind === work.type ? actionDuration(work.type).prior : undefined;
      if (prior) {
        const ms = Math.max(prior.ms * scale, prior.minimumMs ?? 0);
        return { ms, lowMs: ms * 0.5, highMs: ms * 2, basis: 'prior' };
      }
      return { reason: 'no-basis' };
    },
    learn(work, durationMs) {
      const kind = workKind(work);
      const size = usableSize(work);
      if (!isSample(durationMs)) return;
      const scalesWithSize = perGigabyte(work);
      if (scalesWithSize && size === undefined) return;
      const sample = scalesWithSize ? durationMs / (size as number) : durationMs;
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
