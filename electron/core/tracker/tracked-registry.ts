import type { ActionSettled, InFlightAction, SettledAction, TrackedKind, TrackedResource, TrackedResourceType } from '../../../shared/action-types';
import type { EventBus } from '../event-bus';
import type { Logger } from '../log';
import type { DurationBook, Work } from './durations';
import { estimateProgress } from '../../../shared/actions/estimate';
import type { Scheduler } from './scheduler';
import type { ApiAction, ApiImage } from './tracker-client';
import {
  actionKey,
  defaultName,
  elapsed,
  hasId,
  importKey,
  instant,
  resourceTypeOf,
  type Instant,
  type TrackContext,
  type TrackedItem,
} from './tracked-item';

/** A 404 this many times in a row means the action or image is gone. */
const NOT_FOUND_LIMIT = 3;

export interface TrackedRegistryOptions {
  durations: DurationBook;
  scheduler: Scheduler;
  events: EventBus;
  log: Logger;
  /** See `ActionTrackerOptions.nameOf`. */
  nameOf?: (type: TrackedResourceType, id: number) => string | undefined;
  /** After each `actions.settled`, with the same payload (a batch's summary counts it). */
  onSettled?: (settled: ActionSettled) => void;
  /** See `ActionTrackerOptions.measure`. */
  measure?: (item: TrackedItem) => Promise<number | undefined> | undefined;
}

/**
 * The tracker's memory: the work in flight, what DigitalOcean last said of each, and the events that
 * report it. Whatever settles here is removed, its duration learned, and `actions.settled` emitted.
 */
export interface TrackedRegistry {
  readonly items: ReadonlyMap<string, TrackedItem>;
  /** Adds an action, or updates it if already tracked (the panel's own start wins over an adoption). */
  addAction(action: ApiAction, context: TrackContext | undefined, startedByUser: boolean): TrackedItem | undefined;
  /** Adds a custom image import the panel started. */
  addImageImport(image: ApiImage, context: Partial<TrackContext>): TrackedItem | undefined;
  /** Takes what DigitalOcean says about a tracked action. */
  applyAction(item: TrackedItem, action: ApiAction, now: number): void;
  /** Takes what DigitalOcean says about an imported image. */
  applyImage(item: TrackedItem, image: ApiImage, now: number): void;
  /** Gives work tracked without a size its size and an estimate from it; false when it had one (or the size is not one). */
  sizeWork(item: TrackedItem, sizeGigabytes: number): boolean;
  /** A poll that should have told this work's status failed: until the next answer, it is unconfirmed. */
  unconfirmed(item: TrackedItem): void;
  /** A 404: once is a hiccup, several in a row mean the thing is gone, and the user hears about it. */
  notFound(item: TrackedItem, now: number): void;
  settle(item: TrackedItem, outcome: 'completed' | 'errored', completedAt: Instant, errorMessage?: string): void;
  /** Tracked work in flight, with current progress. */
  list(): InFlightAction[];
  /** Emits `actions.progress` now. */
  emitProgress(): void;
  /** Emits `actions.progress` once the current run of calls is done. */
  queueProgress(): void;
  /** Forgets everything without settling it. */
  clear(): void;
}

export const createTrackedRegistry = ({ durations, scheduler, events, log, nameOf, onSettled, measure }: TrackedRegistryOptions): TrackedRegistry => {
  const items = new Map<string, TrackedItem>();
  let progressQueued = false;

  /** The resource, by name once the panel has learned it (an adopted action starts as "Droplet 123"). */
  const resourceOf = (item: TrackedItem): TrackedResource => {
    if (item.resource.name === defaultName(item.resource.type, item.resource.id)) {
      const name = nameOf?.(item.resource.type, item.resource.id);
      if (name) item.resource = { ...item.resource, name };
    }
    return item.resource;
  };

  const inFlightView = (item: TrackedItem, now: number): InFlightAction => ({
    key: item.key,
    kind: item.kind,
    id: item.id,
    type: item.type,
    status: 'in-progress',
    resource: resourceOf(item),
    startedAt: item.startedAt,
    startedByUser: item.startedByUser,
    ...(item.foundAfter === undefined ? {} : { foundAfter: item.foundAfter }),
    elapsedMs: elapsed(item, now),
    progress: estimateProgress(elapsed(item, now), item.expectation),
    ...(item.unconfirmedSince === undefined ? {} : { unconfirmedSince: new Date(item.unconfirmedSince).toISOString() }),
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

  const settle = (item: TrackedItem, outcome: 'completed' | 'errored', completedAt: Instant, errorMessage?: string): void => {
    items.delete(item.key);
    resourceOf(item);
    const durationMs = Math.max(0, completedAt.ms - item.startedAtMs);
    if (outcome === 'completed') {
      // A size that was only an upper bound teaches nothing; the work's real size may be read now it is done.
      const measured = item.work.upperBound ? measure?.(item) : undefined;
      if (measured) durations.learnWhenSized(item.work, durationMs, measured);
      else durations.learn(item.work, durationMs);
    }
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
      ...(item.foundAfter === undefined ? {} : { foundAfter: item.foundAfter }),
      elapsedMs: durationMs,
      ...(errorMessage ? { errorMessage } : {}),
    };
    log.info(`${item.type} on ${item.resource.type} ${item.resource.id} ${outcome} after ${Math.round(durationMs / 1000)} s`);
    const settled: ActionSettled = {
      action,
      outcome,
      durationMs,
      resource: item.resource,
      startedByUser: item.startedByUser,
      ...(errorMessage ? { errorMessage } : {}),
      ...(item.batch === undefined ? {} : { batch: item.batch }),
    };
    emit('actions.settled', settled);
    onSettled?.(settled);
  };

  const applyAction = (item: TrackedItem, action: ApiAction, now: number): void => {
    item.lastSeenAt = now;
    delete item.unconfirmedSince;
    item.notFound = 0;
    const status = action.status ?? 'in-progress';
    if (status === 'in-progress') return;
    settle(item, status, instant(action.completed_at, now));
  };

  /** Work tracked before its size was known gets one, and an estimate from it; a size it has is kept. */
  const sizeWork = (item: TrackedItem, sizeGigabytes: number): boolean => {
    if (item.work.sizeGigabytes !== undefined || !(sizeGigabytes > 0)) return false;
    item.work = { ...item.work, sizeGigabytes };
    item.expectation = durations.expect(item.work);
    return true;
  };

  const applyImage = (item: TrackedItem, image: ApiImage, now: number): void => {
    item.lastSeenAt = now;
    delete item.unconfirmedSince;
    item.notFound = 0;
    // Without its file's size from its host, an import is sized once DigitalOcean reports the image's.
    if (typeof image.size_gigabytes === 'number') sizeWork(item, image.size_gigabytes);
    // Images carry no completion time: the import ended between the previous poll and this one.
    if (image.status === 'available' || image.status === 'retired') settle(item, 'completed', instant(undefined, now));
    else if (image.status === 'deleted') settle(item, 'errored', instant(undefined, now), image.error_message || 'The image could not be imported.');
  };

  const unconfirmed = (item: TrackedItem): void => {
    item.unconfirmedSince ??= item.lastSeenAt;
  };

  const notFound = (item: TrackedItem, now: number): void => {
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

  const newItem = (
    kind: TrackedKind,
    id: number,
    type: string,
    resource: TrackedResource,
    startedAt: Instant,
    startedByUser: boolean,
    context: Partial<TrackContext>,
  ): TrackedItem => {
    const work: Work = {
      type,
      ...(context.sizeGigabytes === undefined ? {} : { sizeGigabytes: context.sizeGigabytes }),
      ...(context.upperBound ? { upperBound: true as const } : {}),
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
      ...(context.batch === undefined ? {} : { batch: context.batch }),
      ...(context.foundAfter === undefined ? {} : { foundAfter: context.foundAfter }),
    };
  };

  const addAction = (action: ApiAction, context: TrackContext | undefined, startedByUser: boolean): TrackedItem | undefined => {
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

  const addImageImport = (image: ApiImage, context: Partial<TrackContext>): TrackedItem | undefined => {
    if (!hasId(image)) {
      log.warn('not tracking an image import without an image id');
      return undefined;
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
    return item;
  };

  return {
    items,
    addAction,
    addImageImport,
    applyAction,
    applyImage,
    sizeWork,
    unconfirmed,
    notFound,
    settle,
    list,
    emitProgress,
    queueProgress,
    clear: () => items.clear(),
  };
};
