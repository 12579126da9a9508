import { actionDuration, knownActionTypes } from '../../../shared/actions/catalogue';
import type { Snapshot } from '../../../shared/do-types';
import type { Logger } from '../log';
import type { AccountDurations, Completed } from './durations';
import type { ApiAction, ApiImage } from './tracker-client';

/** Pages of `GET /v2/actions` read on first connect, at most, and their size (DigitalOcean's maximum). */
export const HISTORY_ACTION_PAGES = 3;
export const HISTORY_PER_PAGE = 200;
/**
 * The most requests the read makes: the action pages, one page of the account's Droplet snapshots
 * (to size snapshots by the data they copied) and one page of its private images (to size transfers
 * and conversions).
 */
export const HISTORY_IMAGE_LOOKUPS = 3;
export const HISTORY_MAX_REQUESTS = HISTORY_ACTION_PAGES + 2 + HISTORY_IMAGE_LOOKUPS;

/** How far a snapshot's `created_at` may sit outside its action's run and still be that action's. */
const SNAPSHOT_MATCH_SLACK_MS = 5 * 60_000;

/** What the read asks of DigitalOcean; the core sends each at background priority through the account's governor. */
export interface HistoryClient {
  /** `GET /v2/actions?page=…&per_page=…`: the account's actions, newest first, and whether more pages follow. */
  actions(page: number, perPage: number): Promise<{ items: ApiAction[]; more: boolean }>;
  /** `GET /v2/snapshots?resource_type=droplet&per_page=…`, first page. */
  dropletSnapshots(perPage: number): Promise<Pick<Snapshot, 'id' | 'resource_id' | 'created_at' | 'size_gigabytes'>[]>;
  /** `GET /v2/images?private=true&per_page=…`, first page. */
  privateImages(perPage: number): Promise<ApiImage[]>;
  /** `GET /v2/images/{id}`: an image beyond that first page. */
  image(id: number): Promise<ApiImage>;
}

export interface HistoryReadOptions {
  client: HistoryClient;
  durations: AccountDurations;
  accountId: string;
  log: Logger;
  /** False once the account is no longer active: the read stops, saving its budget for the new one. */
  stillActive: () => boolean;
  /** An image's size the panel already knows, without asking. */
  knownImageSize?: (id: number) => number | undefined;
  /** ISO 8601, for the marker. */
  now: () => string;
}

const known = new Set(knownActionTypes);

interface Run {
  action: ApiAction;
  startedMs: number;
  completedMs: number;
}

const completedRun = (action: ApiAction): Run | undefined => {
  if (action.status !== 'completed' || !action.type || !known.has(action.type) || !action.started_at || !action.completed_at) return undefined;
  const startedMs = Date.parse(action.started_at);
  const completedMs = Date.parse(action.completed_at);
  return Number.isFinite(startedMs) && completedMs > startedMs ? { action, startedMs, completedMs } : undefined;
};

/**
 * The snapshot a snapshot action made: of the same Droplet, created during the run (or just around
 * it), the nearest to its completion; each snapshot answers for one action only.
 */
const matchSnapshot = (run: Run, snapshots: readonly Pick<Snapshot, 'id' | 'resource_id' | 'created_at' | 'size_gigabytes'>[], used: Set<string>): number | undefined => {
  let best: { id: string; size: number; distance: number } | undefined;
  for (const snapshot of snapshots) {
    if (used.has(snapshot.id) || snapshot.resource_id !== String(run.action.resource_id)) continue;
    const created = Date.parse(snapshot.created_at);
    if (!(created >= run.startedMs - SNAPSHOT_MATCH_SLACK_MS && created <= run.completedMs + SNAPSHOT_MATCH_SLACK_MS)) continue;
    if (!(snapshot.size_gigabytes > 0)) continue;
    const distance = Math.abs(created - run.completedMs);
    if (!best || distance < best.distance) best = { id: snapshot.id, size: snapshot.size_gigabytes, distance };
  }
  if (!best) return undefined;
  used.add(best.id);
  return best.size;
};

/**
 * Reads the account's recent completed actions once, so its estimates start from its own history
 * rather than from the catalogue's priors: a bounded number of pages, at background priority, and
 * only what can be sized honestly is learned (kinds not driven by size as they are; snapshots by the
 * snapshot each made; transfers and conversions by their image). Restores, rebuilds and resizes are
 * skipped: their actions do not say which backup, image or disk they used. Marks the account read only
 * when the actions were read, so a failed read is tried again on the next connect. Resolves with how
 * many runs it learned; never throws.
 */
export const readEstimateHistory = async ({ client, durations, accountId, log, stillActive, knownImageSize, now }: HistoryReadOptions): Promise<number> => {
  const runs: Run[] = [];
  try {
    for (let page = 1; page <= HISTORY_ACTION_PAGES; page += 1) {
      if (!stillActive()) return 0;
      const { items, more } = await client.actions(page, HISTORY_PER_PAGE);
      for (const action of items) {
        const run = completedRun(action);
        if (run) runs.push(run);
      }
      if (!more) break;
    }
  } catch (error) {
    log.warn('could not read the account’s action history for estimates; it will be tried on the next connect', error);
    return 0;
  }

  const completed: Completed[] = [];
  const sizedLater: Run[] = [];
  for (const run of runs) {
    const type = run.action.type as string;
    const { drivenBy, whenDiskGrows } = actionDuration(type);
    // A resize may or may not have grown the disk: the action does not say, so it cannot be learned as either.
    if (drivenBy === 'nothing' && whenDiskGrows === undefined) completed.push({ work: { type }, durationMs: run.completedMs - run.startedMs });
    else sizedLater.push(run);
  }

  const snapshotRuns = sizedLater.filter((run) => run.action.type === 'snapshot' && run.action.resource_type === 'droplet');
  const imageRuns = sizedLater.filter((run) => (run.action.type === 'transfer' || run.action.type === 'convert') && run.action.resource_type === 'image');

  if (snapshotRuns.length > 0 && stillActive()) {
    try {
      const snapshots = await client.dropletSnapshots(HISTORY_PER_PAGE);
      const used = new Set<string>();
      for (const run of snapshotRuns) {
        const size = matchSnapshot(run, snapshots, used);
        if (size !== undefined) completed.push({ work: { type: 'snapshot', sizeGigabytes: size }, durationMs: run.completedMs - run.startedMs });
      }
    } catch (error) {
      log.warn('could not read the account’s snapshots to size past snapshots; learning without them', error);
    }
  }

  if (imageRuns.length > 0 && stillActive()) {
    const sizes = new Map<number, number>();
    const unknown = imageRuns.some((run) => knownImageSize?.(run.action.resource_id as number) === undefined);
    try {
      if (unknown) {
        for (const image of await client.privateImages(HISTORY_PER_PAGE)) {
          if (image.id !== undefined && typeof image.size_gigabytes === 'number') sizes.set(image.id, image.size_gigabytes);
        }
      }
    } catch (error) {
      log.warn('could not read the account’s images to size past transfers; learning without them', error);
    }
    // Images beyond the first page (a large account's older backups turned snapshots): the most
    // recently worked on few are asked for by id, a bounded number, so past conversions are learned too.
    const missing = [...new Set(imageRuns.map((run) => run.action.resource_id as number))]
      .filter((id) => knownImageSize?.(id) === undefined && !sizes.has(id))
      .slice(0, HISTORY_IMAGE_LOOKUPS);
    for (const id of missing) {
      if (!stillActive()) break;
      try {
        const image = await client.image(id);
        if (typeof image.size_gigabytes === 'number') sizes.set(id, image.size_gigabytes);
      } catch {
        // Gone since, or unreachable: that run is not learned, nothing else is lost.
      }
    }
    for (const run of imageRuns) {
      const id = run.action.resource_id as number;
      const size = knownImageSize?.(id) ?? sizes.get(id);
      if (size !== undefined && size > 0) completed.push({ work: { type: run.action.type as string, sizeGigabytes: size }, durationMs: run.completedMs - run.startedMs });
    }
  }

  // Oldest first, so the newest runs are the ones kept.
  completed.reverse();
  durations.learnAll(accountId, completed);
  durations.markHistoryRead(accountId, now());
  log.info(`learned ${completed.length} of ${runs.length} completed actions from the account’s history`);
  return completed.length;
};
