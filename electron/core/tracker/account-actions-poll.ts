import type { Logger } from '../log';
import { describeError, isNotFound, retryAfterOf } from './poll-errors';
import type { Scheduler } from './scheduler';
import { hasId, wantedDelay, type TrackedItem } from './tracked-item';
import type { TrackedRegistry } from './tracked-registry';
import type { ApiAction, TrackerClient } from './tracker-client';

/** Rows beyond what the last page showed was needed, for the account's other activity in the meantime. */
const PAGE_HEADROOM = 20;
/** The most `per_page` DigitalOcean allows. */
export const MAX_PER_PAGE = 200;
/** Per-id lookups per tick for tracked actions that fell off page 1: bounded, the stalest first. */
const MAX_FALLBACKS_PER_TICK = 5;
/** Ticks fall on their own schedule: an action whose by-id check is due this close to now gets it now. */
const DUE_TOLERANCE_MS = 1_000;

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
  /** Forgets how deep page 1 must go (account switch). */
  reset(): void;
}

/**
 * One `GET /v2/actions` refreshes every tracked action (the account's newest actions are on its first
 * page) and shows the ones started elsewhere; an action that fell off that page is asked for by id.
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
  /**
   * How deep page 1 must go: as deep as the oldest tracked action sat on the last page, plus the
   * actions that arrived in one tick. Every row is already listed by DigitalOcean: asking for enough of
   * them costs bytes, asking by id costs requests.
   */
  let pageReach = 0;
  let previousTopId: number | undefined;

  const poll = async (forGeneration: number): Promise<boolean> => {
    const tracked = [...items.values()].filter((item) => item.kind === 'action');
    if (tracked.length === 0) return true;
    const perPage = Math.min(Math.max(tracked.length, pageReach) + PAGE_HEADROOM, MAX_PER_PAGE);
    let page: ApiAction[];
    try {
      page = await client.listActions(perPage);
    } catch (error) {
      if (forGeneration === generation()) {
        noteRetryAfter(retryAfterOf(error));
        for (const item of tracked) if (items.get(item.key) === item) registry.unconfirmed(item);
        log.warn(`could not list actions (${tracked.length} tracked); retrying`, describeError(error));
      }
      return false;
    }
    if (forGeneration !== generation()) return true;
    const now = scheduler.now();
    const positions = new Map(page.filter(hasId).map((action, index) => [action.id, index]));
    const missing: TrackedItem[] = [];
    let deepest = -1;
    for (const item of tracked) {
      if (items.get(item.key) !== item) continue;
      const index = positions.get(item.id);
      if (index === undefined) {
        missing.push(item);
        continue;
      }
      deepest = Math.max(deepest, index);
      registry.applyAction(item, page[index] as ApiAction, now);
    }
    const arrived = previousTopId === undefined ? 0 : (positions.get(previousTopId) ?? page.length);
    previousTopId = page.find(hasId)?.id;
    pageReach = missing.length > 0 && page.length >= perPage ? MAX_PER_PAGE : deepest + 1 + arrived;
    await adopt(page, forGeneration);
    if (forGeneration !== generation()) return true;

    // Off the page even so: asked for by id, each no more often than it would be polled on its own.
    const fallbacks = missing
      .filter((item) => now - item.lastSeenAt + DUE_TOLERANCE_MS >= wantedDelay(item, now))
      .sort((a, b) => a.lastSeenAt - b.lastSeenAt)
      .slice(0, MAX_FALLBACKS_PER_TICK);
    const results = await Promise.all(
      fallbacks.map(async (item) => {
        try {
          return { ok: true as const, item, action: await client.getAction(item.id) };
        } catch (error) {
          return { ok: false as const, item, error };
        }
      }),
    );
    if (forGeneration !== generation()) return true;
    let allWell = true;
    const answeredAt = scheduler.now();
    for (const result of results) {
      if (items.get(result.item.key) !== result.item) continue;
      if (result.ok) registry.applyAction(result.item, result.action, answeredAt);
      else {
        allWell = false;
        noteRetryAfter(retryAfterOf(result.error));
        if (isNotFound(result.error)) registry.notFound(result.item, answeredAt);
        else {
          registry.unconfirmed(result.item);
          log.warn(`could not fetch action ${result.item.id}; retrying`, describeError(result.error));
        }
      }
    }
    return allWell;
  };

  return {
    poll,
    reset() {
      pageReach = 0;
      previousTopId = undefined;
    },
  };
};
