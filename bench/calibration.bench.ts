import type { ActionProgress, ActionSettled, InFlightAction, StartedAction } from '../shared/action-types';
import type { ImageRow } from '../shared/image-types';
import { startSimulatedCore, type SimulatedCore } from '../electron/core/testing/simulated-core';
import { HISTORY_PER_PAGE } from '../electron/core/tracker/history-read';
import { sizes } from '../simulator/catalogue/sizes';
import { availableRegions } from '../simulator/catalogue/regions';
import type { DropletRecord, ImageRecord } from '../simulator/state';

/**
 * Calibration of the panel's progress estimates against the simulator's realistic durations. A seeded
 * account with past long actions; the core connects and reads that history as it would; then actions
 * of every long kind run a few at a time. For each, the range the tracker shows right after the start
 * (`actions.tracked`, as the UI reads it) is compared with how long the action really took.
 * Figures per kind: how many ran, the share that ended inside the range shown at start (target: at
 * least 80%), the median relative error of the expected duration, and how many had no range at all
 * (an indeterminate progress, or an estimate without a range), which never count as inside.
 */

/** The long kinds measured; a resize that grows the disk is its own kind of work. */
export const calibrationKinds = ['snapshot', 'resize', 'resize:disk', 'rebuild', 'restore', 'transfer', 'convert', 'image_import'] as const;

export type CalibrationKind = (typeof calibrationKinds)[number];

/** The share of completions that should fall inside the range shown at start. */
export const INSIDE_TARGET = 0.8;

/** One finished action: what the tracker showed as it started and how long it really took. */
export interface CalibrationSample {
  kind: CalibrationKind;
  /** The progress `actions.tracked` reported right after the start; absent when the action was not tracked. */
  atStart: ActionProgress | undefined;
  actualMs: number;
}

/** The estimate's fields this bench reads: the expected total duration and its range, from the start. */
interface RangeFields {
  expectedMs?: number;
  lowMs?: number;
  highMs?: number;
  /** The size the estimate rests on is only an upper bound (a snapshot sized by its disk). */
  upperBound?: true;
}

export type SampleOutcome = 'inside' | 'outside' | 'no-range';

export interface Judgement {
  outcome: SampleOutcome;
  /** |expectedMs − real| / real, when the progress had an expected duration. */
  relativeError?: number;
  /** The estimate rested on an upper bound of the size: what it showed was "at most" its high end. */
  upperBound?: true;
}

/**
 * Whether the real duration fell inside the range shown at start; no range (indeterminate, or an
 * estimate without one) is its own outcome. An estimate sized by an upper bound shows only its high
 * end ("at most about 40 min left (upper bound)"), so its range is everything up to that end.
 */
export const judgeSample = (sample: CalibrationSample): Judgement => {
  const progress = sample.atStart;
  if (!progress || progress.kind !== 'estimate') return { outcome: 'no-range' };
  const { expectedMs, lowMs, highMs, upperBound } = progress as RangeFields;
  const relativeError = typeof expectedMs === 'number' && sample.actualMs > 0 ? Math.abs(expectedMs - sample.actualMs) / sample.actualMs : undefined;
  const extra = { ...(relativeError === undefined ? {} : { relativeError }), ...(upperBound ? { upperBound } : {}) };
  if (typeof lowMs !== 'number' || typeof highMs !== 'number') return { outcome: 'no-range', ...extra };
  const low = upperBound ? 0 : lowMs;
  return { outcome: sample.actualMs >= low && sample.actualMs <= highMs ? 'inside' : 'outside', ...extra };
};

export interface KindFigures {
  kind: CalibrationKind;
  n: number;
  inside: number;
  outside: number;
  noRange: number;
  /** Estimates at start that rested on an upper bound of the size, and how many of them ended under it. */
  upperBound: number;
  upperBoundInside: number;
  /** The median error over the estimates sized by what really drives the work (not an upper bound). */
  medianRelativeErrorSized: number;
  /** The median of |expectedMs − real| / real over the samples that had an expected duration; NaN when none had. */
  medianRelativeError: number;
}

const median = (values: readonly number[]): number => {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
};

/** Figures per kind, in `calibrationKinds` order, for the kinds that have samples. */
export const summarizeCalibration = (samples: readonly CalibrationSample[]): KindFigures[] =>
  calibrationKinds.flatMap((kind) => {
    const judged = samples.filter((sample) => sample.kind === kind).map(judgeSample);
    if (judged.length === 0) return [];
    const errors = (of: readonly Judgement[]) => of.flatMap((judgement) => (judgement.relativeError === undefined ? [] : [judgement.relativeError]));
    const bounded = judged.filter((judgement) => judgement.upperBound);
    const count = (outcome: SampleOutcome) => judged.filter((judgement) => judgement.outcome === outcome).length;
    return [{
      kind,
      n: judged.length,
      inside: count('inside'),
      outside: count('outside'),
      noRange: count('no-range'),
      upperBound: bounded.length,
      upperBoundInside: bounded.filter((judgement) => judgement.outcome === 'inside').length,
      medianRelativeError: median(errors(judged)),
      medianRelativeErrorSized: median(errors(judged.filter((judgement) => !judgement.upperBound))),
    }];
  });

const percent = (value: number): string => (Number.isNaN(value) ? 'n/a' : `${Math.round(value * 100)}%`);

export const formatFigures = (figures: readonly KindFigures[]): string[] =>
  figures.flatMap((figure) => [
    `${figure.kind.padEnd(12)} n=${figure.n}  inside range: ${percent(figure.inside / figure.n)} (target ≥ ${percent(INSIDE_TARGET)})` +
      `  median error of expected: ${percent(figure.medianRelativeError)}  no range at start: ${figure.noRange}`,
    ...(figure.upperBound > 0
      ? [
          `${''.padEnd(12)} of which sized by an upper bound (the disk): ${figure.upperBound}, ${figure.upperBoundInside} ended under it;` +
            ` the other ${figure.n - figure.upperBound}: ${percent((figure.inside - figure.upperBoundInside) / (figure.n - figure.upperBound))} inside,` +
            ` median error ${percent(figure.medianRelativeErrorSized)}`,
        ]
      : []),
  ]);

export interface CalibrationOptions {
  /** The seeded account: a large one, so there are enough resources of every kind. */
  seed: string;
  /** Actions of each kind. */
  perKind: number;
  /** How many run at once. */
  batch: number;
  kinds?: readonly CalibrationKind[];
}

export interface CalibrationRun {
  samples: CalibrationSample[];
  figures: KindFigures[];
  /** `GET /v2/actions` pages the core read before the first action started: its history read. */
  historyPages: number;
  /** What the history read learned, as its log line says ("learned 120 of 600 completed actions…"). */
  historyLearned: string | undefined;
  /** Actions that had not settled within the horizon (none expected). */
  unsettled: number;
}

/** How long a batch may take before the bench gives up on it, in simulated seconds. */
const BATCH_HORIZON_SECONDS = 12 * 3600;
const STEP_SECONDS = 5;

/** One action to start: how, and how to recognize it in the tracker's list. */
interface Launch {
  start(): Promise<{ key: string; actionId?: number }>;
}

/** Picks each kind's targets from the simulator's state: resources free to take the action now. */
const planner = (harness: SimulatedCore) => {
  const state = harness.sim.state;
  const used = new Set<string>();
  const busy = (type: 'droplet' | 'image', id: number): boolean =>
    [...state.actions.values()].some((action) => action.status === 'in-progress' && action.resourceType === type && action.resourceId === id);
  const take = <T extends { id: number }>(type: 'droplet' | 'image', candidates: readonly T[], reuse: boolean): T | undefined => {
    const free = candidates.filter((candidate) => !busy(type, candidate.id) && (reuse || !used.has(`${type}:${candidate.id}`)));
    // Least recently used first, so work spreads over the account.
    const pick = free.find((candidate) => !used.has(`${type}:${candidate.id}`)) ?? free[0];
    if (pick) used.add(`${type}:${pick.id}`);
    return pick;
  };
  const droplets = (): DropletRecord[] => [...state.droplets.values()];
  const images = (): ImageRecord[] => [...state.images.values()];
  /** The cheapest other size in the Droplet's region whose disk is at least (or, to grow it, more than) the Droplet's. */
  const biggerSize = (droplet: DropletRecord, growDisk: boolean): string | undefined =>
    [...sizes]
      .filter((size) => size.available && size.slug !== droplet.sizeSlug && size.regions.includes(droplet.regionSlug))
      .filter((size) => (growDisk ? size.disk > droplet.disk : size.disk >= droplet.disk))
      .filter((size) => !size.slug.startsWith('gpu'))
      .sort((a, b) => a.priceMonthly - b.priceMonthly)[0]?.slug;
  const dropletAction = (droplet: DropletRecord, action: Record<string, unknown>): Launch => ({
    start: async () => {
      const started = (await harness.call('droplets.runAction', { id: droplet.id, action })) as StartedAction;
      return { key: `action:${started.action.id}`, actionId: started.action.id };
    },
  });
  const imageAction = (image: ImageRecord, action: Record<string, unknown>): Launch => ({
    start: async () => {
      const started = (await harness.call('images.runAction', { id: image.id, action })) as StartedAction;
      return { key: `action:${started.action.id}`, actionId: started.action.id };
    },
  });
  const regions = availableRegions().map((region) => region.slug);
  let imports = 0;
  let snapshots = 0;

  return (kind: CalibrationKind): Launch | undefined => {
    switch (kind) {
      case 'snapshot': {
        // Half of them of Droplets with an earlier snapshot (sized by it), half of Droplets without one
        // (sized by the disk, an upper bound), as an account that snapshots some Droplets regularly.
        snapshots += 1;
        const active = droplets().filter((candidate) => candidate.status === 'active');
        const snapped = active.filter((candidate) => candidate.snapshotIds.length > 0);
        const pool = snapshots % 2 === 0 && snapped.length > 0 ? snapped : active.filter((candidate) => candidate.snapshotIds.length === 0);
        const droplet = take('droplet', pool, true);
        return droplet && dropletAction(droplet, { type: 'snapshot' });
      }
      case 'resize':
      case 'resize:disk': {
        const growDisk = kind === 'resize:disk';
        const off = droplets().filter((candidate) => candidate.status === 'off' && biggerSize(candidate, growDisk) !== undefined);
        const droplet = take('droplet', off, true);
        const size = droplet && biggerSize(droplet, growDisk);
        return droplet && size ? dropletAction(droplet, { type: 'resize', size, disk: growDisk }) : undefined;
      }
      case 'rebuild': {
        const droplet = take('droplet', droplets().filter((candidate) => candidate.status === 'active' && candidate.image.public), true);
        return droplet && dropletAction(droplet, { type: 'rebuild', image: droplet.image.id });
      }
      case 'restore': {
        const droplet = take('droplet', droplets().filter((candidate) => candidate.status !== 'new' && candidate.backupIds.length > 0), true);
        return droplet && dropletAction(droplet, { type: 'restore', image: droplet.backupIds.at(-1) });
      }
      case 'transfer': {
        const movable = images().filter(
          (image) => !image.public && image.status === 'available' && image.type !== 'backup' && image.regions.length < regions.length,
        );
        const image = take('image', movable, true);
        const region = image && regions.find((slug) => !image.regions.includes(slug));
        return image && region ? imageAction(image, { type: 'transfer', region }) : undefined;
      }
      case 'convert': {
        const image = take('image', images().filter((candidate) => candidate.type === 'backup' && candidate.status === 'available'), false);
        return image && imageAction(image, { type: 'convert' });
      }
      case 'image_import': {
        imports += 1;
        const region = regions[imports % regions.length] as string;
        return {
          start: async () => {
            const row = (await harness.call('images.importCustom', {
              name: `calibration-import-${imports}`, url: `https://images.example.com/calibration-${imports}.qcow2`, region, distribution: 'Ubuntu',
            })) as ImageRow;
            return { key: `image-import:${row.id}` };
          },
        };
      }
    }
  };
};

/** Runs the scenario; `bench/calibration.test.ts` runs a small one to check the counting. */
export const measureCalibration = async (options: CalibrationOptions): Promise<CalibrationRun> => {
  let historyPages = 0;
  let counting = true;
  const harness = await startSimulatedCore(
    {
      seed: options.seed,
      // The history read's pages are the ones of DigitalOcean's largest size; the tracker's own reads are smaller.
      observe: (exchange) =>
        counting && exchange.method === 'GET' && exchange.route === '/v2/actions' && new URLSearchParams(exchange.search).get('per_page') === String(HISTORY_PER_PAGE) && (historyPages += 1),
    },
    { readHistory: true },
  );
  const settled = new Map<string, ActionSettled>();
  const stop = harness.core.events.subscribe((event, payload) => {
    if (event === 'actions.settled') settled.set((payload as ActionSettled).action.key, payload as ActionSettled);
  });
  const samples: CalibrationSample[] = [];
  let unsettled = 0;
  let historyLearned: string | undefined;
  try {
    // The first connect's history read, as a user's account has it, finished before anything starts.
    await harness.core.historyReads.settled();
    await harness.scheduler.advance(120);
    counting = false;
    historyLearned = harness.lines.find((line) => /learned \d+ of \d+ completed actions/.test(line))?.replace(/^.*?(learned )/, '$1');
    const next = planner(harness);
    for (const kind of options.kinds ?? calibrationKinds) {
      for (let done = 0; done < options.perKind; ) {
        const size = Math.min(options.batch, options.perKind - done);
        const running: { key: string; actionId?: number; atStart: ActionProgress | undefined }[] = [];
        for (let index = 0; index < size; index += 1) {
          const launch = next(kind);
          if (!launch) break;
          const { key, actionId } = await launch.start();
          const tracked = (await harness.call('actions.tracked')) as InFlightAction[];
          running.push({ key, ...(actionId === undefined ? {} : { actionId }), atStart: tracked.find((item) => item.key === key)?.progress });
        }
        if (running.length === 0) throw new Error(`no resource left for another ${kind}`);
        const begin = harness.sim.clock.now();
        while (running.some((item) => !settled.has(item.key)) && harness.sim.clock.now() - begin < BATCH_HORIZON_SECONDS * 1000) {
          await harness.scheduler.advance(STEP_SECONDS);
        }
        for (const item of running) {
          const outcome = settled.get(item.key);
          if (!outcome || outcome.outcome !== 'completed') {
            unsettled += 1;
            continue;
          }
          const action = item.actionId === undefined ? undefined : harness.sim.state.actions.get(item.actionId);
          // An action's real duration is the simulator's own record; an import, which has none, is timed by the tracker.
          const actualMs = action?.completedAt ? action.completedAt - action.startedAt : outcome.durationMs;
          samples.push({ kind, atStart: item.atStart, actualMs });
        }
        done += running.length;
      }
    }
  } finally {
    stop();
    await harness.close();
  }
  return { samples, figures: summarizeCalibration(samples), historyPages, historyLearned, unsettled };
};

/** 30 of each long kind on a seeded large account with history, a few at a time. */
export const benchCalibration = async (): Promise<string[]> => {
  const run = await measureCalibration({ seed: 'large:2000', perKind: 30, batch: 3 });
  return [
    `large:2000 with seeded history; before the first action the history read took ${run.historyPages} page(s) of GET /v2/actions (${HISTORY_PER_PAGE} each) and ${run.historyLearned ?? 'learned nothing'}`,
    ...formatFigures(run.figures),
    ...(run.unsettled > 0 ? [`${run.unsettled} action(s) did not complete within ${BATCH_HORIZON_SECONDS / 3600} simulated h`] : []),
  ];
};

