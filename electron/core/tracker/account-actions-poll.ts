import type { Logger } from '../log';
import { createFeedPositions, probeRow, windowEnd, windowFor, windowStart, type FeedWindow } from './feed-positions';
import { describeError, isNotFound, retryAfterOf } from './poll-errors';
import type { Scheduler } from './scheduler';
import { actionKey, hasId, wantedDelay, type TrackedItem } from './tracked-item';
import type { TrackedRegistry } from './tracked-registry';
import type { ApiAction, TrackerClient } from './tracker-client';

/** Rows beyond what the last page showed was needed, for the account's other activity in the meantime. */
const PAGE_HEADROOM = 20;
/** The most `per_page` DigitalOcean allows. */
export const MAX_PER_PAGE = 200;
/**
 * Rows of the feed the tracker reads pages from (10 pages of 200): an action older than that is asked
 * for by id, as is one alone on a long page (the same one request, without 199 rows nobody needs).
 */
export const DEEPEST_ROW = 10 * MAX_PER_PAGE;
/** Ticks fall on their own schedule: an action whose check is due this close to now gets it now. */
const DUE_TOLERANCE_MS = 1_000;
/** An action not seen for this many of its own poll intervals goes before any other in the tick's second request. */
const STALE_INTERVALS = 3;
/** ...and after this many, it is asked for by id: its page keeps missing it. */
const LOST_INTERVALS = 6;

export interface AccountActionsPollOptions {
  client: TrackerClient;
  scheduler: Scheduler;
  log: Logger;
  registry: TrackedRegistry;
  /** The current generation: answers to an earlier one's requests belong to another account. */
  generation: () => number;
  /** Takes on the page's in-progress actions the panel did not start. */
  adopt: (actions: readonly ApiAction[], forGeneration: number) => Promise<number>;
  /** DigitalOcean asked for this long a wait before the next request (a 429's retry-after). */
  noteRetryAfter: (ms: number) => void;
}

export interface AccountActionsPoll {
  /** One tick's refresh of every tracked action; false when a request failed. */
  poll(forGeneration: number): Promise<boolean>;
  /** Forgets where the tracked actions sit in the feed (account switch). */
  reset(): void;
}

/** A deeper page worth reading: the tracked actions due a status that it should hold. */
interface Probe {
  window: FeedWindow;
  due: TrackedItem[];
  /** Tracked actions it should hold, due or not. */
  held: number;
}

/** The tick's second request, if one is wanted: a deeper page, or one action by id. */
type Extra = { kind: 'page'; probe: Probe } | { kind: 'by-id'; item: TrackedItem };

const stalestOf = (extra: Extra): number =>
  extra.kind === 'by-id' ? extra.item.lastSeenAt : Math.min(...extra.probe.due.map((item) => item.lastSeenAt));

const rowsById = (page: readonly ApiAction[]): Map<number, number> => {
  const rows = new Map<number, number>();
  page.forEach((action, row) => {
    if (hasId(action)) rows.set(action.id, row);
  });
  return rows;
};

/** The oldest and newest ids on a page (the feed is newest first, and ids grow with time). */
const idSpan = (page: readonly ApiAction[]): { oldest: number; newest: number } | undefined => {
  const ids = page.filter(hasId).map((action) => action.id);
  return ids.length === 0 ? undefined : { oldest: Math.min(...ids), newest: Math.max(...ids) };
};

/**
 * At most two requests a tick refresh every tracked action: page 1 of `GET /v2/actions`, as deep as
 * the tracked actions near the top need (it also shows the ones started elsewhere), then, when some
 * are due a status that page 1 did not give, one more: the deeper page holding the most of those pushed
 * down by newer actions, or one action by id. Where each tracked action sits in the feed is followed
 * from tick to tick (feed-positions), so its page is known without reading the ones above it. By id
 * only as the last resort: an action older than `DEEPEST_ROW` rows, one alone on a long page, one not
 * (or no longer) listed, or one its page keeps missing. Whatever waits its turn, the stalest goes first.
 */
export const createAccountActionsPoll = ({
  client,
  scheduler,
  log,
  registry,
  generation,
  adopt,
  noteRetryAfter,
}: AccountActionsPollOptions): AccountActionsPoll => {
  const { items } = registry;
  const positions = createFeedPositions();
  /** Actions that arrived on top between the last two reads: page 1 leaves room for as many again. */
  let lastArrived = 0;
  let previousTopId: number | undefined;

  const isCurrent = (item: TrackedItem): boolean => items.get(item.key) === item;

  /** The tick's second request: the stalest of what waits too long, else the deeper page holding the most due actions, else one by id. */
  const chooseExtra = (
    deep: readonly TrackedItem[],
    unlisted: readonly TrackedItem[],
    firstPageSize: number,
    now: number,
  ): Extra | undefined => {
    const overdue = (item: TrackedItem, intervals: number): boolean =>
      now - item.lastSeenAt + DUE_TOLERANCE_MS >= intervals * wantedDelay(item, now);
    const probes = new Map<string, Probe>();
    const byId: TrackedItem[] = unlisted.filter((item) => overdue(item, 1));
    for (const item of deep) {
      const row = probeRow(positions.range(item.key));
      if (row >= DEEPEST_ROW || overdue(item, LOST_INTERVALS)) {
        if (overdue(item, 1)) byId.push(item);
        continue;
      }
      const window = windowFor(row, firstPageSize, MAX_PER_PAGE);
      const key = `${window.page}/${window.perPage}`;
      const probe = probes.get(key) ?? { window, due: [], held: 0 };
      probes.set(key, probe);
      probe.held += 1;
      if (overdue(item, 1)) probe.due.push(item);
    }
    const pages: Extra[] = [];
    for (const probe of probes.values()) {
      if (probe.due.length === 0) continue;
      // A long page for one action costs the same request as asking for it by id, and 199 rows more.
      if (probe.held === 1 && probe.window.perPage === MAX_PER_PAGE) byId.push(...probe.due);
      else pages.push({ kind: 'page', probe });
    }
    const candidates: Extra[] = [...pages, ...byId.map((item): Extra => ({ kind: 'by-id', item }))];
    if (candidates.length === 0) return undefined;
    const byStaleness = (a: Extra, b: Extra): number => stalestOf(a) - stalestOf(b);
    const starving = candidates.filter((extra) => (extra.kind === 'by-id' ? [extra.item] : extra.probe.due).some((item) => overdue(item, STALE_INTERVALS)));
    if (starving.length > 0) return starving.sort(byStaleness)[0];
    const mostDue = (extra: Extra): number => (extra.kind === 'page' ? extra.probe.due.length : 1);
    return candidates.sort((a, b) => mostDue(b) - mostDue(a) || byStaleness(a, b))[0];
  };

  const readPage = async (probe: Probe, deep: readonly TrackedItem[], forGeneration: number): Promise<boolean> => {
    let page: ApiAction[];
    try {
      page = await client.listActions(probe.window.perPage, probe.window.page);
    } catch (error) {
      if (forGeneration === generation()) {
        noteRetryAfter(retryAfterOf(error));
        for (const item of probe.due) if (isCurrent(item)) registry.unconfirmed(item);
        log.warn(`could not read page ${probe.window.page} of the actions (${probe.due.length} tracked on it); retrying`, describeError(error));
      }
      return false;
    }
    if (forGeneration !== generation()) return true;
    const answeredAt = scheduler.now();
    const start = windowStart(probe.window);
    const rows = rowsById(page);
    const span = idSpan(page);
    for (const item of deep) {
      if (!isCurrent(item)) continue;
      const row = rows.get(item.id);
      if (row !== undefined) {
        positions.seen(item.key, start + row);
        registry.applyAction(item, page[row] as ApiAction, answeredAt);
      } else if (span && probe.due.includes(item)) {
        // Not where it was looked for: the next look goes where the ids say it is.
        if (item.id < span.oldest && page.length >= probe.window.perPage) positions.below(item.key, windowEnd(probe.window));
        else if (item.id > span.newest) positions.above(item.key, start);
      }
    }
    return true;
  };

  const readById = async (item: TrackedItem, forGeneration: number): Promise<boolean> => {
    try {
      const action = await client.getAction(item.id);
      if (forGeneration === generation() && isCurrent(item)) registry.applyAction(item, action, scheduler.now());
      return true;
    } catch (error) {
      if (forGeneration !== generation() || !isCurrent(item)) return false;
      noteRetryAfter(retryAfterOf(error));
      if (isNotFound(error)) registry.notFound(item, scheduler.now());
      else {
        registry.unconfirmed(item);
        log.warn(`could not fetch action ${item.id}; retrying`, describeError(error));
      }
      return false;
    }
  };

  const poll = async (forGeneration: number): Promise<boolean> => {
    const tracked = [...items.values()].filter((item) => item.kind === 'action');
    if (tracked.length === 0) return true;
    positions.keep(new Set(tracked.map((item) => item.key)));

    // Page 1 reaches the tracked actions that were within its longest size, and room for newcomers.
    const near = tracked.map((item) => positions.range(item.key).from).filter((row) => row < MAX_PER_PAGE);
    const reach = Math.max(near.length, near.length === 0 ? 0 : Math.max(...near) + 1 + lastArrived);
    const perPage = Math.min(reach + PAGE_HEADROOM, MAX_PER_PAGE);
    let page: ApiAction[];
    try {
      page = await client.listActions(perPage, 1);
    } catch (error) {
      if (forGeneration === generation()) {
        noteRetryAfter(retryAfterOf(error));
        for (const item of tracked) if (isCurrent(item)) registry.unconfirmed(item);
        log.warn(`could not list actions (${tracked.length} tracked); retrying`, describeError(error));
      }
      return false;
    }
    if (forGeneration !== generation()) return true;
    const now = scheduler.now();

    // What arrived on top since the last read pushed everything down by as many rows.
    if (previousTopId !== undefined) {
      const row = page.findIndex((action) => action.id === previousTopId);
      lastArrived = row === -1 ? page.length : row;
      positions.arrived(lastArrived, row !== -1);
    }
    previousTopId = page.find(hasId)?.id;

    const rows = rowsById(page);
    const span = idSpan(page);
    const full = page.length >= perPage;
    /** Off page 1 for being older than all of it: on a deeper page. */
    const deep: TrackedItem[] = [];
    /** Not listed yet, or not listed at all: only by id. */
    const unlisted: TrackedItem[] = [];
    for (const item of tracked) {
      if (!isCurrent(item)) continue;
      const row = rows.get(item.id);
      if (row !== undefined) {
        positions.seen(item.key, row);
        registry.applyAction(item, page[row] as ApiAction, now);
      } else if (full && span && item.id < span.oldest) {
        positions.below(item.key, page.length);
        deep.push(item);
      } else unlisted.push(item);
    }
    await adopt(page, forGeneration);
    if (forGeneration !== generation()) return true;
    // Just adopted from this page: it says where they are.
    page.forEach((action, row) => {
      const item = hasId(action) ? items.get(actionKey(action.id)) : undefined;
      if (item && !positions.has(item.key)) positions.seen(item.key, row);
    });

    const extra = chooseExtra(deep.filter(isCurrent), unlisted.filter(isCurrent), perPage, now);
    if (!extra) return true;
    return extra.kind === 'page' ? readPage(extra.probe, deep, forGeneration) : readById(extra.item, forGeneration);
  };

  return {
    poll,
    reset() {
      positions.clear();
      lastArrived = 0;
      previousTopId = undefined;
    },
  };
};
