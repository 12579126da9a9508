import type { InFlightAction, TrackedResourceType } from '../../../shared/action-types';
import { createBatchSummaries } from './batch-summaries';
import type { EventBus } from '../event-bus';
import type { Logger } from '../log';
import type { SettingsStore } from '../settings-store';
import { createAccountActionsPoll } from './account-actions-poll';
import { createAdoption } from './adoption';
import { createAccountDurations, type DurationBook } from './durations';
import { createIdleWatch } from './idle-watch';
import { createImageImportPoll } from './image-import-poll';
import { readNotificationPreferences } from './notification-policy';
import { createPollLoop } from './poll-loop';
import type { Scheduler } from './scheduler';
import { importKey, instant, type TrackContext, type TrackedItem } from './tracked-item';
import { createTrackedRegistry } from './tracked-registry';
import type { ApiAction, ApiImage, TrackerClient } from './tracker-client';

export type { TrackContext } from './tracked-item';

export interface ActionTrackerOptions {
  client: TrackerClient;
  scheduler: Scheduler;
  /**
   * The active account's expected durations, which learn from every completion (the core passes its
   * per-account book). Without one, the tracker keeps a single book of its own in `settings`.
   */
  durations?: DurationBook;
  /** Where the tracker's own book persists when no `durations` is given. */
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
  /**
   * The real size of completed work that was estimated on an upper bound (a droplet's first snapshot:
   * the snapshot it made says how much data it copied), so it can still be learned from; undefined
   * when there is no way to tell. Background requests.
   */
  measure?: (item: TrackedItem) => Promise<number | undefined> | undefined;
  /** While nothing is tracked, read the account's newest actions this often to notice work started elsewhere; off when unset. */
  idleWatchMs?: number;
  /**
   * How often instead while the window is hidden and nothing is wanted from the tray (the "include
   * actions started elsewhere" notifications are off); `idleWatchMs` when unset.
   */
  idleWatchHiddenMs?: number;
}

export interface ActionTracker {
  /** Follows an action the panel started until it completes or errors. */
  track(action: ApiAction, context: TrackContext): void;
  /**
   * A bulk send is over and started `started` actions, each tracked with this `batch` in its context:
   * once all have ended, one `actions.batchSettled` sums them up.
   */
  batchSent(batch: string, started: number, type: string, resourceType: TrackedResourceType): void;
  /** Follows a custom image import through the image's status. */
  trackImageImport(image: ApiImage, context?: Partial<TrackContext>): void;
  /** The size of an import's file, learned after it was tracked (its host answered late): it is estimated from now on. */
  sizeImageImport(imageId: number, sizeGigabytes: number): void;
  /**
   * Adopts the account's actions already in progress (start-up, account switch) as not started by
   * the user. Resolves with how many it adopted; if DigitalOcean cannot be reached it keeps trying.
   */
  resume(): Promise<number>;
  /** Tracked work in flight, with current progress. */
  list(): InFlightAction[];
  /**
   * The newest action id the tracker has seen on the account (any read of its feed since the last
   * account switch): an action started after that read has a larger id, whatever the clocks say.
   */
  newestActionId(): number | undefined;
  /** Stops polling for good (app quit). */
  stop(): void;
  /** Forgets all tracked work without settling it (account switch); polling stops until work is tracked again. */
  reset(): void;
  /** The window was hidden (minimized, in the tray, another tab) or shown again: the idle watch slows down or catches up. */
  setWindowHidden(hidden: boolean): void;
}

/**
 * Watches DigitalOcean actions and custom image imports until they end. One `GET /v2/actions` per tick
 * refreshes every tracked action near the top of the account's feed (its newest actions are on its
 * first page); actions pushed further down by newer ones are read on the one deeper page that holds
 * most of them, so a tick sends at most two requests for actions (by id only as a last resort).
 * Polls only while something is in flight, faster just after
 * work starts. Emits `actions.progress` and `actions.settled`. A failed poll is logged and retried
 * with backoff; work is only ever dropped by settling it or by `reset`.
 *
 * The parts, one file each: what is tracked and how it settles (tracked-registry), the tick
 * (poll-loop), reading the account's actions (account-actions-poll, with where each sits in the feed
 * in feed-positions), following imports (image-import-poll), and taking on actions started elsewhere
 * (adoption).
 */
/** A tracker run on its own (a test, a bench) learns in one book, as if of one account. */
const singleBook = (settings: SettingsStore, log: Logger): DurationBook => {
  const book = createAccountDurations(settings, log);
  book.use('default');
  return book;
};

export const createActionTracker = ({
  client,
  scheduler,
  durations,
  settings,
  events,
  log,
  describe,
  nameOf,
  measure,
  idleWatchMs,
  idleWatchHiddenMs,
}: ActionTrackerOptions): ActionTracker => {
  const batches = createBatchSummaries((summary) => {
    try {
      events.emit('actions.batchSettled', summary);
    } catch (error) {
      log.error('a subscriber failed on actions.batchSettled', error);
    }
  });
  const registry = createTrackedRegistry({
    durations: durations ?? singleBook(settings, log),
    scheduler,
    events,
    log,
    nameOf,
    onSettled: (settled) => {
      batches.settled(settled);
      adoption.noteSettled(settled.action.key);
    },
    measure,
  });
  /** Bumped by `reset`: answers to an earlier generation's requests belong to another account. */
  let generation = 0;
  let windowHidden = false;
  /** Nobody can see the window and no notification could come of work started elsewhere. */
  const unwatched = (): boolean => {
    if (!windowHidden) return false;
    const preferences = readNotificationPreferences(settings);
    return !preferences.includeOthers || preferences.mode === 'never';
  };
  const currentGeneration = (): number => generation;

  const adoption = createAdoption({
    client,
    scheduler,
    log,
    registry,
    describe,
    generation: currentGeneration,
    stopped: () => loop.isStopped(),
    onResumed: () => {
      registry.queueProgress();
      loop.schedule();
    },
  });
  const noteRetryAfter = (ms: number): void => loop.noteRetryAfter(ms);
  const accountActions = createAccountActionsPoll({
    client,
    scheduler,
    log,
    registry,
    generation: currentGeneration,
    adopt: adoption.adopt,
    noteRetryAfter,
  });
  const pollImports = createImageImportPoll({ client, scheduler, log, registry, generation: currentGeneration, noteRetryAfter });
  const loop = createPollLoop({
    scheduler,
    log,
    registry,
    generation: currentGeneration,
    polls: [accountActions.poll, pollImports],
    onIdle: () => idleWatch?.arm(),
  });
  const idleWatch =
    idleWatchMs === undefined
      ? undefined
      : createIdleWatch({
          client,
          scheduler,
          log,
          registry,
          intervalMs: idleWatchMs,
          ...(idleWatchHiddenMs === undefined ? {} : { quietIntervalMs: idleWatchHiddenMs }),
          quiet: unwatched,
          generation: currentGeneration,
          adopt: adoption.adopt,
          onAdopted: () => {
            registry.queueProgress();
            loop.schedule();
          },
        });

  return {
    track(action, context) {
      const item = registry.addAction(action, context, true);
      if (!item) return;
      const status = action.status ?? 'in-progress';
      if (status !== 'in-progress') registry.settle(item, status, instant(action.completed_at, scheduler.now()));
      registry.queueProgress();
      loop.schedule();
    },
    batchSent: batches.sent,
    trackImageImport(image, context = {}) {
      const item = registry.addImageImport(image, context);
      if (!item) return;
      registry.applyImage(item, image, scheduler.now());
      registry.queueProgress();
      loop.schedule();
    },
    sizeImageImport(imageId, sizeGigabytes) {
      const item = registry.items.get(importKey(imageId));
      if (item && registry.sizeWork(item, sizeGigabytes)) registry.queueProgress();
    },
    async resume() {
      const adopted = await adoption.resume();
      // Whatever is running now was adopted; from here on, work started elsewhere is noticed while idle.
      if (adopted === 0) idleWatch?.arm();
      return adopted;
    },
    list: registry.list,
    newestActionId: () => adoption.newestSeenId(),
    stop() {
      loop.stop();
      idleWatch?.stop();
      adoption.cancel();
    },
    reset() {
      generation += 1;
      registry.clear();
      batches.clear();
      accountActions.reset();
      adoption.cancel();
      idleWatch?.reset();
      loop.reset();
      registry.emitProgress();
    },
    setWindowHidden(hidden) {
      if (hidden === windowHidden) return;
      windowHidden = hidden;
      idleWatch?.retime();
    },
  };
};
