import type {
  InFlightAction,
  SettledAction,
  TrackedKind,
  TrackedResource,
  TrackedResourceType,
} from '../../../shared/action-types';
import { AppError } from '../errors';
import type { EventBus } from '../event-bus';
import type { Logger } from '../log';
import type { SettingsStore } from '../settings-store';
import { createDurationBook, type Expectation, type Work } from './durations';
import { estimateProgress } from './estimate';
import { backoffDelayMs, pollDelayMs } from './poll-policy';
import type { Scheduler, TimerHandle } from './scheduler';
import type { ApiAction, ApiImage, TrackerClient } from './tracker-client';

/** What the caller knows about the resource an action touches, which the action itself does not say. */
export interface TrackContext {
  /** Shown in the panel and in notifications. */
  resourceName: string;
  /** GB of the Droplet's disk (snapshot, disk resize) or of the image (transfer, convert, restore). */
  sizeGigabytes?: number;
  /** A resize that also grows the disk. */
  diskResize?: boolean;
}

export interface ActionTrackerOptions {
  client: TrackerClient;
  scheduler: Scheduler;
  /** Where learned durations persist across restarts. */
  settings: SettingsStore;
  events: EventBus;
  log: Logger;
  /**
   * Names the resource of an action the panel did not start (adopted on start-up or seen on the
   * account). Should answer from data already loaded: it runs inside a poll. Without it, or when it
   * has no answer, the resource is called "Droplet 123".
   */
  describe?: (action: ApiAction) => Promise<TrackContext | undefined>;
  /**
   * The name the panel has seen for a resource since (a list loaded after the action was adopted);
   * asked, from memory only, while the resource is still called "Droplet 123".
   */
  nameOf?: (type: TrackedResourceType, id: number) => string | undefined;
}

export interface ActionTracker {
  /** Follows an action the panel started until it completes or errors. */
  track(action: ApiAction, context: TrackContext): void;
  /** Follows a custom image import through the image's status. */
  trackImageImport(image: ApiImage, context?: Partial<TrackContext>): void;
  /**
   * Adopts the account's actions already in progress (start-up, account switch) as not started by
   * the user. Resolves with how many it adopted; if DigitalOcean cannot be reached it keeps trying.
   */
  resume(): Promise<number>;
  /** Tracked work in flight, with current progress. */
  list(): InFlightAction[];
  /** Stops polling for good (app quit). */
  stop(): void;
  /** Forgets all tracked work without settling it (account switch); polling stops until work is tracked again. */
  reset(): void;
}

interface Item {
  key: string;
  kind: TrackedKind;
  id: number;
  type: string;
  resource: TrackedResource;
  startedAtMs: number;
  /** As DigitalOcean wrote it, when it did. */
  startedAt: string;
  startedByUser: boolean;
  work: Work;
  expectation: Expectation;
  /** When DigitalOcean last told us its status: the per-id fallback asks for the stalest first. */
  lastSeenAt: number;
  notFound: number;
}

/** Rows beyond what the last page showed was needed, for the account's other activity in the meantime. */
const PAGE_HEADROOM = 20;
const MAX_PER_PAGE = 200;
/** Per-id lookups per tick for tracked actions that fell off page 1: bounded, the stalest first. */
const MAX_FALLBACKS_PER_TICK = 5;
/** Ticks fall on their own schedule: an action whose by-id check is due this close to now gets it now. */
const DUE_TOLERANCE_MS = 1_000;
/** A 404 this many times in a row means the action or image is gone. */
const NOT_FOUND_LIMIT = 3;
const RESUME_RETRY_MS = 5_000;

const actionKey = (id: number): string => `action:${id}`;
const importKey = (id: number): string => `image-import:${id}`;

const hasId = <T extends { id?: number }>(value: T): value is T & { id: number } => typeof value.id === 'number';

const resourceTypeOf = (raw: string | undefined): TrackedResourceType | undefined =>
  raw === 'droplet' || raw === 'image' ? raw : undefined;

const defaultName = (type: TrackedResourceType, id: number): string => `${type === 'droplet' ? 'Droplet' : 'Image'} ${id}`;

/** An instant both as DigitalOcean wrote it (kept verbatim for the UI) and in milliseconds. */
interface Instant {
  ms: number;
  iso: string;
}

const instant = (iso: string | null | undefined, fallbackMs: number): Instant => {
  const ms = iso ? Date.parse(iso) : Number.NaN;
  return Number.isNaN(ms) ? { ms: fallbackMs, iso: new Date(fallbackMs).toISOString() } : { ms, iso: iso as string };
};

const isNotFound = (error: unknown): boolean =>
  error instanceof AppError ? error.detail.kind === 'not_found' : (error as { status?: unknown } | null)?.status === 404;

const retryAfterOf = (error: unknown): number => (error instanceof AppError ? (error.detail.retryAfterMs ?? 0) : 0);

const describeError = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/**
 * Watches DigitalOcean actions and custom image imports until they end. One `GET /v2/actions` per tick
 * refreshes every tracked action (the account's newest actions are on its first page); an action that
 * fell off that page is asked for by id. Polls only while something is in flight, faster just after
 * work starts. Emits `actions.progress` and `actions.settled`. A failed poll is logged and retried
 * with backoff; work is only ever dropped by settling it or by `reset`.
 */
export const createActionTracker = ({ client, scheduler, settings, events, log, describe, nameOf }: ActionTrackerOptions): ActionTracker => {
  const durations = createDurationBook(settings, log);
  const items = new Map<string, Item>();
  let timer: { handle: TimerHandle; at: number } | undefined;
  let ticking = false;
  let stopped = false;
  /** Bumped by `reset`: answers to an earlier generation's requests belong to another account. */
  let generation = 0;
  let failedTicks = 0;
  let retryAfterMs = 0;
  let progressQueued = false;
  /**
   * How deep page 1 must go: as deep as the oldest tracked action sat on the last page, plus the
   * actions that arrived in one tick. Every row is already listed by DigitalOcean: asking for enough of
   * them costs bytes, asking by id costs requests.
   */
  let pageReach = 0;
  let previousTopId: number | undefined;
  let resumeRetry: TimerHandle | undefined;

  const elapsed = (item: Item, now: number): number => Math.max(0, now - item.startedAtMs);

  /** The resource, by name once the panel has learned it (an adopted action starts as "Droplet 123"). */
  const resourceOf = (item: Item): TrackedResource => {
    if (item.resource.name === defaultName(item.resource.type, item.resource.id)) {
      const name = nameOf?.(item.resource.type, item.resource.id);
      if (name) item.resource = { ...item.resource, name };
    }
    return item.resource;
  };

  const inFlightView = (item: Item, now: number): InFlightAction => ({
    key: item.key,
    kind: item.kind,
    id: item.id,
    type: item.type,
    status: 'in-progress',
    resource: resourceOf(item),
    startedAt: item.startedAt,
    startedByUser: item.startedByUser,
    elapsedMs: elapsed(item, now),
    progress: estimateProgress(elapsed(item, now), item.expectation),
  });

  const list = (): InFlightAction[] => {
    const now = scheduler.now();
    return [...items.values()].map((item) => inFlightView(item, now));
  };

  /** A failing subscriber is its own bug: it must not cost the other subscribers an event, nor the tracker its state. */
  const emit: EventBus['emit'] = (event, payload) => {
    try {
      events.emit(event, payload);
    } catch (error) {
      log.error(`a subscriber failed on ${event}`, error);
    }
  };

  const emitProgress = (): void => {
    progressQueued = false;
    emit('actions.progress', { actions: list() });
  };

  /** Several `track` calls in a row (a bulk action) make one event. */
  const queueProgress = (): void => {
    if (progressQueued) return;
    progressQueued = true;
    queueMicrotask(() => {
      if (progressQueued) emitProgress();
    });
  };

  const settle = (item: Item, outcome: 'completed' | 'errored', completedAt: Instant, errorMessage?: string): void => {
    items.delete(item.key);
    resourceOf(item);
    const durationMs = Math.max(0, completedAt.ms - item.startedAtMs);
    if (outcome === 'completed') durations.learn(item.work, durationMs);
    const action: SettledAction = {
      key: item.key,
      kind: item.kind,
      id: item.id,
      type: item.type,
      status: outcome,
      resource: item.resource,
      startedAt: item.startedAt,
      completedAt: completedAt.iso,
      startedByUser: item.startedByUser,
      elapsedMs: durationMs,
      ...(errorMessage ? { errorMessage } : {}),
    };
    log.info(`${item.type} on ${item.resource.type} ${item.resource.id} ${outcome} after ${Math.round(durationMs / 1000)} s`);
    emit('actions.settled', {
      action,
      outcome,
      durationMs,
      resource: item.resource,
      startedByUser: item.startedByUser,
      ...(errorMessage ? { errorMessage } : {}),
    });
  };

  /** Takes what DigitalOcean says about a tracked action. */
  const applyAction = (item: Item, action: ApiAction, now: number): void => {
    item.lastSeenAt = now;
    item.notFound = 0;
    const status = action.status ?? 'in-progress';
    if (status === 'in-progress') return;
    settle(item, status, instant(action.completed_at, now));
  };

  const applyImage = (item: Item, image: ApiImage, now: number): void => {
    item.lastSeenAt = now;
    item.notFound = 0;
    // Images carry no completion time: the import ended between the previous poll and this one.
    if (image.status === 'available' || image.status === 'retired') settle(item, 'completed', instant(undefined, now));
    else if (image.status === 'deleted') settle(item, 'errored', instant(undefined, now), image.error_message || 'The image could not be imported.');
  };

  /** A 404: once is a hiccup, several in a row mean the thing is gone, and the user hears about it. */
  const notFound = (item: Item, now: number): void => {
    item.notFound += 1;
    if (item.notFound < NOT_FOUND_LIMIT) return;
    log.warn(`${item.key} is no longer known to DigitalOcean; reporting it as errored`);
    settle(
      item,
      'errored',
      instant(undefined, now),
      item.kind === 'image-import'
        ? 'The image was deleted before its import finished.'
        : 'DigitalOcean no longer reports this action, so its outcome is unknown.',
    );
  };

  const wantedDelay = (item: Item, now: number): number =>
    pollDelayMs(elapsed(item, now), 'ms' in item.expectation ? item.expectation.ms : undefined);

  const nextDelay = (now: number): number | undefined => {
    if (items.size === 0) return undefined;
    let wanted = Infinity;
    for (const item of items.values()) wanted = Math.min(wanted, wantedDelay(item, now));
    return backoffDelayMs(wanted, failedTicks, retryAfterMs);
  };

  /** Arms the one timer for the next tick; only ever moves it sooner (a tick in progress re-arms when done). */
  const schedule = (): void => {
    if (stopped || ticking) return;
    const now = scheduler.now();
    const delay = nextDelay(now);
    if (delay === undefined) {
      if (timer) scheduler.clearTimeout(timer.handle);
      timer = undefined;
      return;
    }
    if (timer && timer.at <= now + delay) return;
    if (timer) scheduler.clearTimeout(timer.handle);
    timer = { handle: scheduler.setTimeout(tick, delay), at: now + delay };
  };

  const newItem = (
    kind: TrackedKind,
    id: number,
    type: string,
    resource: TrackedResource,
    startedAt: Instant,
    startedByUser: boolean,
    context: Partial<TrackContext>,
  ): Item => {
    const work: Work = {
      type,
      ...(context.sizeGigabytes === undefined ? {} : { sizeGigabytes: context.sizeGigabytes }),
      ...(context.diskResize === undefined ? {} : { diskResize: context.diskResize }),
    };
    return {
      key: kind === 'action' ? actionKey(id) : importKey(id),
      kind,
      id,
      type,
      resource,
      startedAtMs: startedAt.ms,
      startedAt: startedAt.iso,
      startedByUser,
      work,
      expectation: durations.expect(work),
      lastSeenAt: scheduler.now(),
      notFound: 0,
    };
  };

  /** Adds an action, or updates it if already tracked (the panel's own start wins over an adoption). */
  const addAction = (action: ApiAction, context: TrackContext | undefined, startedByUser: boolean): Item | undefined => {
    const resourceType = resourceTypeOf(action.resource_type);
    if (!hasId(action) || !resourceType || action.resource_id === null || action.resource_id === undefined) {
      log.warn(`not tracking action ${action.id ?? '(no id)'}: it is not an action on a Droplet or image`);
      return undefined;
    }
    const existing = items.get(actionKey(action.id));
    if (existing && !startedByUser) return existing;
    const item = newItem(
      'action',
      action.id,
      action.type ?? 'unknown',
      { type: resourceType, id: action.resource_id, name: context?.resourceName || defaultName(resourceType, action.resource_id) },
      instant(action.started_at, existing?.startedAtMs ?? scheduler.now()),
      startedByUser,
      context ?? {},
    );
    items.set(item.key, item);
    return item;
  };

  const describeSafely = async (action: ApiAction): Promise<TrackContext | undefined> => {
    if (!describe) return undefined;
    try {
      return await describe(action);
    } catch (error) {
      log.warn(`could not name the resource of action ${action.id}`, describeError(error));
      return undefined;
    }
  };

  /** Takes on in-progress actions the panel did not start; false if the account changed meanwhile. */
  const adopt = async (actions: readonly ApiAction[], forGeneration: number): Promise<number> => {
    const strangers = actions.filter(hasId).filter(
      (action) =>
        (action.status ?? 'in-progress') === 'in-progress' &&
        !items.has(actionKey(action.id)) &&
        resourceTypeOf(action.resource_type) !== undefined &&
        typeof action.resource_id === 'number',
    );
    if (strangers.length === 0) return 0;
    const contexts = await Promise.all(strangers.map(describeSafely));
    if (forGeneration !== generation) return 0;
    let adopted = 0;
    strangers.forEach((action, index) => {
      if (items.has(actionKey(action.id))) return;
      if (addAction(action, contexts[index], false)) adopted += 1;
    });
    if (adopted > 0) log.info(`following ${adopted} action(s) started elsewhere`);
    return adopted;
  };

  const pollActions = async (forGeneration: number): Promise<boolean> => {
    const tracked = [...items.values()].filter((item) => item.kind === 'action');
    if (tracked.length === 0) return true;
    const perPage = Math.min(Math.max(tracked.length, pageReach) + PAGE_HEADROOM, MAX_PER_PAGE);
    let page: ApiAction[];
    try {
      page = await client.listActions(perPage);
    } catch (error) {
      if (forGeneration === generation) {
        retryAfterMs = Math.max(retryAfterMs, retryAfterOf(error));
        log.warn(`could not list actions (${tracked.length} tracked); retrying`, describeError(error));
      }
      return false;
    }
    if (forGeneration !== generation) return true;
    const now = scheduler.now();
    const positions = new Map(page.filter(hasId).map((action, index) => [action.id, index]));
    const missing: Item[] = [];
    let deepest = -1;
    for (const item of tracked) {
      if (items.get(item.key) !== item) continue;
      const index = positions.get(item.id);
      if (index === undefined) {
        missing.push(item);
        continue;
      }
      deepest = Math.max(deepest, index);
      applyAction(item, page[index] as ApiAction, now);
    }
    const arrived = previousTopId === undefined ? 0 : (positions.get(previousTopId) ?? page.length);
    previousTopId = page.find(hasId)?.id;
    pageReach = missing.length > 0 && page.length >= perPage ? MAX_PER_PAGE : deepest + 1 + arrived;
    await adopt(page, forGeneration);
    if (forGeneration !== generation) return true;

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
    if (forGeneration !== generation) return true;
    let allWell = true;
    const answeredAt = scheduler.now();
    for (const result of results) {
      if (items.get(result.item.key) !== result.item) continue;
      if (result.ok) applyAction(result.item, result.action, answeredAt);
      else {
        allWell = false;
        retryAfterMs = Math.max(retryAfterMs, retryAfterOf(result.error));
        if (isNotFound(result.error)) notFound(result.item, answeredAt);
        else log.warn(`could not fetch action ${result.item.id}; retrying`, describeError(result.error));
      }
    }
    return allWell;
  };

  const pollImports = async (forGeneration: number): Promise<boolean> => {
    const tracked = [...items.values()].filter((item) => item.kind === 'image-import');
    const results = await Promise.all(
      tracked.map(async (item) => {
        try {
          return { ok: true as const, item, image: await client.getImage(item.id) };
        } catch (error) {
          return { ok: false as const, item, error };
        }
      }),
    );
    if (forGeneration !== generation) return true;
    const now = scheduler.now();
    let allWell = true;
    for (const result of results) {
      if (items.get(result.item.key) !== result.item) continue;
      if (result.ok) applyImage(result.item, result.image, now);
      else {
        allWell = false;
        retryAfterMs = Math.max(retryAfterMs, retryAfterOf(result.error));
        if (isNotFound(result.error)) notFound(result.item, now);
        else log.warn(`could not fetch image ${result.item.id}; retrying`, describeError(result.error));
      }
    }
    return allWell;
  };

  async function tick(): Promise<void> {
    timer = undefined;
    if (stopped || items.size === 0) return;
    const forGeneration = generation;
    ticking = true;
    retryAfterMs = 0;
    try {
      const [actionsOk, importsOk] = await Promise.all([pollActions(forGeneration), pollImports(forGeneration)]);
      if (forGeneration !== generation) return;
      failedTicks = actionsOk && importsOk ? 0 : failedTicks + 1;
      emitProgress();
    } catch (error) {
      // Nothing above should throw; if something does, the next tick tries again.
      failedTicks += 1;
      log.error('a poll failed unexpectedly', error);
    } finally {
      // After a reset this tick belongs to the previous account: the new one has its own timer.
      if (forGeneration === generation) {
        ticking = false;
        schedule();
      }
    }
  }

  const cancelResumeRetry = (): void => {
    if (resumeRetry !== undefined) scheduler.clearTimeout(resumeRetry);
    resumeRetry = undefined;
  };

  const resumeAttempt = async (attempt: number): Promise<number> => {
    const forGeneration = generation;
    let page: ApiAction[];
    try {
      page = await client.listActions(MAX_PER_PAGE);
    } catch (error) {
      if (stopped || forGeneration !== generation) return 0;
      const delay = backoffDelayMs(RESUME_RETRY_MS, attempt, retryAfterOf(error));
      log.warn(`could not look for actions in progress; trying again in ${Math.round(delay / 1000)} s`, describeError(error));
      resumeRetry = scheduler.setTimeout(async () => {
        resumeRetry = undefined;
        if (!stopped && forGeneration === generation) await resumeAttempt(attempt + 1);
      }, delay);
      return 0;
    }
    if (stopped || forGeneration !== generation) return 0;
    const adopted = await adopt(page, forGeneration);
    if (adopted > 0) {
      queueProgress();
      schedule();
    }
    return adopted;
  };

  return {
    track(action, context) {
      const item = addAction(action, context, true);
      if (!item) return;
      const status = action.status ?? 'in-progress';
      if (status !== 'in-progress') settle(item, status, instant(action.completed_at, scheduler.now()));
      queueProgress();
      schedule();
    },
    trackImageImport(image, context = {}) {
      if (!hasId(image)) {
        log.warn('not tracking an image import without an image id');
        return;
      }
      const item = newItem(
        'image-import',
        image.id,
        'image_import',
        { type: 'image', id: image.id, name: context.resourceName || image.name || defaultName('image', image.id) },
        instant(image.created_at, scheduler.now()),
        true,
        context,
      );
      items.set(item.key, item);
      applyImage(item, image, scheduler.now());
      queueProgress();
      schedule();
    },
    resume: () => {
      cancelResumeRetry();
      return resumeAttempt(0);
    },
    list,
    stop() {
      stopped = true;
      cancelResumeRetry();
      if (timer) scheduler.clearTimeout(timer.handle);
      timer = undefined;
    },
    reset() {
      generation += 1;
      items.clear();
      pageReach = 0;
      previousTopId = undefined;
      failedTicks = 0;
      retryAfterMs = 0;
      cancelResumeRetry();
      if (timer) scheduler.clearTimeout(timer.handle);
      timer = undefined;
      ticking = false;
      emitProgress();
    },
  };
};
