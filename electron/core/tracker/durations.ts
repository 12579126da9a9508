import { actionDuration } from '../../../shared/actions/catalogue';
import type { DurationDriver } from '../../../shared/actions/entry';
import type { Expectation } from '../../../shared/actions/estimate';
import type { Logger } from '../log';
import type { SettingsStore } from '../settings-store';
import { createDurationModel, PRIOR_RANGE, type DurationModel, type DurationSample } from './duration-model';

/** Where an account's learned durations and its history-read marker are kept. */
export const estimatesKey = (accountId: string): string => `estimates.${accountId}`;

/** Where one global book of durations was kept before they were learned per account: dropped. */
export const LEGACY_DURATIONS_KEY = 'tracker.learnedDurations';

/** Enough history to follow a change in the account's Droplets without letting one odd run dominate. */
export const SAMPLES_PER_KIND = 40;
const MAX_KINDS = 60;

/** What an action works on, as far as its duration goes. */
export interface Work {
  type: string;
  /** GB of what drives the work (its catalogue driver): data, disk or image. */
  sizeGigabytes?: number;
  /** `sizeGigabytes` is only an upper bound (a snapshot sized by its disk: nothing says how much data it holds). */
  upperBound?: true;
  /** A resize that also grows the disk (that one takes time per GB). */
  diskResize?: boolean;
}

/** The name durations are kept under: a disk resize is its own kind of work. */
export const workKind = (work: Work): string => (work.diskResize && actionDuration(work.type).whenDiskGrows ? `${work.type}:disk` : work.type);

/** What drives the work's duration, as the catalogue declares it. */
export const workDriver = (work: Work): DurationDriver => {
  const spec = actionDuration(work.type);
  return work.diskResize && spec.whenDiskGrows ? spec.whenDiskGrows : spec.drivenBy;
};

const usableSize = (work: Work): number | undefined =>
  work.sizeGigabytes !== undefined && Number.isFinite(work.sizeGigabytes) && work.sizeGigabytes > 0 ? work.sizeGigabytes : undefined;

const isDuration = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value) && value > 0;

const parseSample = (value: unknown): DurationSample[] => {
  if (typeof value !== 'object' || value === null) return [];
  const { sizeGb, ms } = value as { sizeGb?: unknown; ms?: unknown };
  if (!isDuration(ms)) return [];
  if (sizeGb === undefined) return [{ ms }];
  return isDuration(sizeGb) ? [{ sizeGb, ms }] : [];
};

/** One account's record: its runs per kind, and when its history was read (so it is read once). */
export interface LearnedRecord {
  kinds: Map<string, DurationSample[]>;
  historyReadAt?: string;
}

/** Reads what was stored, keeping only well-formed samples: the file is the user's to edit. */
export const parseLearnedRecord = (stored: unknown): LearnedRecord => {
  const kinds = new Map<string, DurationSample[]>();
  if (typeof stored !== 'object' || stored === null || Array.isArray(stored)) return { kinds };
  const { kinds: storedKinds, historyReadAt } = stored as { kinds?: unknown; historyReadAt?: unknown };
  if (typeof storedKinds === 'object' && storedKinds !== null && !Array.isArray(storedKinds)) {
    for (const [kind, samples] of Object.entries(storedKinds).slice(-MAX_KINDS)) {
      if (!Array.isArray(samples)) continue;
      const valid = samples.flatMap(parseSample).slice(-SAMPLES_PER_KIND);
      if (valid.length > 0) kinds.set(kind, valid);
    }
  }
  return { kinds, ...(typeof historyReadAt === 'string' ? { historyReadAt } : {}) };
};

/** A completed piece of work and how long it took, to learn from. */
export interface Completed {
  work: Work;
  durationMs: number;
}

export interface DurationBook {
  expect(work: Work): Expectation;
  /** Learns from a completed piece of work (never from an errored one: it stops early or late). */
  learn(work: Work, durationMs: number): void;
  /**
   * Learns from completed work whose size is known only afterwards (a first snapshot, sized by the
   * snapshot it made), once `size` resolves; for the account in use now, whatever is in use by then.
   */
  learnWhenSized(work: Work, durationMs: number, size: Promise<number | undefined>): void;
}

/**
 * Every account's learned durations, one account in use at a time (the active one). Expectations come
 * from the account in use; learning goes to the account named, so work read for one account never
 * lands in another's book when the user switches meanwhile.
 */
export interface AccountDurations extends DurationBook {
  /** The account whose runs estimate from now on; null when none is active (priors only). */
  use(accountId: string | null): void;
  /** The account in use. */
  current(): string | null;
  /** Learns several completed runs of one account at once (its history), saved once. */
  learnAll(accountId: string, completed: readonly Completed[]): void;
  /** Whether the account's history was read already. */
  historyRead(accountId: string): boolean;
  markHistoryRead(accountId: string, at: string): void;
  /** Deletes what was learned for an account (it was removed). */
  forget(accountId: string): void;
}

/** What a sample keeps of a piece of work: its size for kinds driven by one, nothing else. */
const sampleOf = (work: Work, durationMs: number): DurationSample | undefined => {
  if (!isDuration(durationMs)) return undefined;
  if (workDriver(work) === 'nothing') return { ms: durationMs };
  // An upper bound is not the size that drove the work: learning from it would teach a wrong speed.
  const size = work.upperBound ? undefined : usableSize(work);
  return size === undefined ? undefined : { sizeGb: size, ms: durationMs };
};

/** The catalogue's prior for the work, widened to say it knows nothing of this account's spread. */
const priorExpectation = (work: Work, size: number | undefined): Expectation | undefined => {
  // Priors are for the plain kind: a disk-growing variant has none of its own.
  const prior = workKind(work) === work.type ? actionDuration(work.type).prior : undefined;
  if (!prior) return undefined;
  const scale = workDriver(work) === 'nothing' ? 1 : (size as number);
  const ms = Math.max(prior.ms * scale, prior.minimumMs ?? 0);
  return { ms, lowMs: ms * PRIOR_RANGE.low, highMs: ms * PRIOR_RANGE.high, basis: 'prior' };
};

/**
 * Expected durations: this account's own completed runs of the kind (a model of time against the size
 * that drives it, see duration-model), else the catalogue's prior, else none. Each account's runs
 * persist in the settings store under its own key; the old global key is dropped.
 */
export const createAccountDurations = (
  store: SettingsStore,
  log: Logger,
  /** Whether an account outlives the session: a session-only account's runs are kept in memory, so they leave nothing behind. */
  persists: (accountId: string) => boolean = () => true,
): AccountDurations => {
  const records = new Map<string, LearnedRecord>();
  const models = new Map<string, DurationModel>();
  let active: string | null = null;

  try {
    if (store.get(LEGACY_DURATIONS_KEY) !== undefined) store.delete(LEGACY_DURATIONS_KEY);
  } catch (error) {
    log.warn('could not drop the old global learned durations', error);
  }

  const recordOf = (accountId: string): LearnedRecord => {
    let record = records.get(accountId);
    if (!record) {
      record = persists(accountId) ? parseLearnedRecord(store.get(estimatesKey(accountId))) : { kinds: new Map() };
      records.set(accountId, record);
    }
    return record;
  };

  const save = (accountId: string, record: LearnedRecord): void => {
    if (!persists(accountId)) return;
    try {
      store.set(estimatesKey(accountId), {
        kinds: Object.fromEntries(record.kinds),
        ...(record.historyReadAt === undefined ? {} : { historyReadAt: record.historyReadAt }),
      });
    } catch (error) {
      log.warn('could not save learned durations', error);
    }
  };

  const add = (accountId: string, record: LearnedRecord, work: Work, durationMs: number): void => {
    const sample = sampleOf(work, durationMs);
    if (!sample) return;
    const kind = workKind(work);
    const samples = [...(record.kinds.get(kind) ?? []), sample].slice(-SAMPLES_PER_KIND);
    record.kinds.delete(kind);
    record.kinds.set(kind, samples);
    // Most recently learned last; the oldest kinds go first if an account somehow has very many.
    while (record.kinds.size > MAX_KINDS) record.kinds.delete(record.kinds.keys().next().value as string);
    models.delete(`${accountId}\n${kind}`);
  };

  const modelOf = (accountId: string, kind: string, sizeDriven: boolean): DurationModel | undefined => {
    const key = `${accountId}\n${kind}`;
    let model = models.get(key);
    if (!model) {
      const samples = recordOf(accountId).kinds.get(kind);
      if (!samples || samples.length === 0) return undefined;
      model = createDurationModel(samples, sizeDriven);
      models.set(key, model);
    }
    return model;
  };

  return {
    use(accountId) {
      active = accountId;
    },
    current: () => active,
    expect(work) {
      const sizeDriven = workDriver(work) !== 'nothing';
      const size = usableSize(work);
      if (sizeDriven && size === undefined) return { reason: 'size-unknown' };
      const bound = work.upperBound ? { upperBound: true as const } : {};
      const learned = active === null ? undefined : modelOf(active, workKind(work), sizeDriven)?.predict(size);
      if (learned) return { ms: learned.ms, lowMs: learned.lowMs, highMs: learned.highMs, basis: 'learned', samples: learned.samples, ...bound };
      const prior = priorExpectation(work, size);
      return prior ? { ...prior, ...bound } : { reason: 'no-basis' };
    },
    learn(work, durationMs) {
      if (active === null) return;
      const record = recordOf(active);
      add(active, record, work, durationMs);
      save(active, record);
    },
    learnWhenSized(work, durationMs, size) {
      const accountId = active;
      if (accountId === null) return;
      size.then(
        (gigabytes) => {
          if (gigabytes === undefined || !(gigabytes > 0)) return;
          const record = recordOf(accountId);
          add(accountId, record, { type: work.type, sizeGigabytes: gigabytes, ...(work.diskResize === undefined ? {} : { diskResize: work.diskResize }) }, durationMs);
          save(accountId, record);
        },
        (error: unknown) => log.warn('could not size completed work to learn from it', error),
      );
    },
    learnAll(accountId, completed) {
      const record = recordOf(accountId);
      for (const { work, durationMs } of completed) add(accountId, record, work, durationMs);
      save(accountId, record);
    },
    historyRead: (accountId) => recordOf(accountId).historyReadAt !== undefined,
    markHistoryRead(accountId, at) {
      const record = recordOf(accountId);
      record.historyReadAt = at;
      save(accountId, record);
    },
    forget(accountId) {
      records.delete(accountId);
      for (const key of [...models.keys()]) if (key.startsWith(`${accountId}\n`)) models.delete(key);
      try {
        store.delete(estimatesKey(accountId));
      } catch (error) {
        log.warn('could not delete learned durations', error);
      }
    },
  };
};
