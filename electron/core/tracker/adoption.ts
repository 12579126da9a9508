import type { Logger } from '../log';
import { MAX_PER_PAGE } from './account-actions-poll';
import { describeError, retryAfterOf } from './poll-errors';
import { backoffDelayMs } from './poll-policy';
import type { Scheduler, TimerHandle } from './scheduler';
import { actionKey, hasId, instant, resourceTypeOf, type TrackContext } from './tracked-item';
import type { TrackedRegistry } from './tracked-registry';
import type { ApiAction, TrackerClient } from './tracker-client';

const RESUME_RETRY_MS = 5_000;
/** Keys of work settled here lately: a page read just after still lists it, finished, and it is not a stranger. */
const REMEMBERED_SETTLES = 500;
/**
 * At most this many actions finished elsewhere are reported per page (the newest): each costs the
 * lists a by-id read, and a flood of them (a teammate's bulk run) is what the lists' own refresh is for.
 */
export const MAX_FINISHED_ELSEWHERE_PER_PAGE = 20;

export interface AdoptionOptions {
  client: TrackerClient;
  scheduler: Scheduler;
  log: Logger;
  registry: TrackedRegistry;
  /** See `ActionTrackerOptions.describe`. */
  describe?: (action: ApiAction) => Promise<TrackContext | undefined>;
  /** The current generation: answers to an earlier one's requests belong to another account. */
  generation: () => number;
  /** The tracker was stopped for good. */
  stopped: () => boolean;
  /** Work was adopted by `resume`, outside any tick: report it and start polling. */
  onResumed: () => void;
}

export interface Adoption {
  /**
   * Takes on in-progress actions the panel did not start; 0 if the account changed meanwhile. Actions
   * that started and finished elsewhere since the previous page (newer than anything it showed) are
   * reported as settled at once, so their resources are fetched by id and patched into the lists (a
   * created Droplet appears, a destroyed one is shown gone) and the user can be told.
   */
  adopt(actions: readonly ApiAction[], forGeneration: number): Promise<number>;
  /** Tracked work settled: a later page listing it finished must not report it again. */
  noteSettled(key: string): void;
  /** The newest action id any page of this generation showed: an action started after it has a larger id. */
  newestSeenId(): number | undefined;
  /** Adopts what is already in progress on the account; if DigitalOcean cannot be reached, keeps trying. */
  resume(): Promise<number>;
  /** Gives up a pending retry of `resume`. */
  cancel(): void;
}

/** Following actions the panel did not start: those already running at start-up, and those seen on the account since. */
export const createAdoption = ({ client, scheduler, log, registry, describe, generation, stopped, onResumed }: AdoptionOptions): Adoption => {
  const { items } = registry;
  let resumeRetry: TimerHandle | undefined;
  const settledKeys = new Set<string>();
  /** The newest action id any page showed, for the generation it was read in: what is newer is news. */
  let watermark: { generation: number; id: number } | undefined;

  const describeSafely = async (action: ApiAction): Promise<TrackContext | undefined> => {
    if (!describe) return undefined;
    try {
      return await describe(action);
    } catch (error) {
      log.warn(`could not name the resource of action ${action.id}`, describeError(error));
      return undefined;
    }
  };

  const isStranger = (action: ApiAction & { id: number }): boolean =>
    !items.has(actionKey(action.id)) &&
    !settledKeys.has(actionKey(action.id)) &&
    resourceTypeOf(action.resource_type) !== undefined &&
    typeof action.resource_id === 'number';

  /**
   * The page's finished strangers newer than the last page's newest action, and the watermark moved
   * on. The first page of a generation only sets the watermark: what finished before the panel
   * looked is history, not news.
   */
  const finishedSince = (page: readonly (ApiAction & { id: number })[], forGeneration: number): (ApiAction & { id: number })[] => {
    const previous = watermark?.generation === forGeneration ? watermark.id : undefined;
    const newest = Math.max(previous ?? 0, ...page.map((action) => action.id));
    watermark = { generation: forGeneration, id: newest };
    if (previous === undefined) return [];
    return page
      .filter((action) => action.id > previous && (action.status ?? 'in-progress') !== 'in-progress' && isStranger(action))
      .sort((a, b) => b.id - a.id)
      .slice(0, MAX_FINISHED_ELSEWHERE_PER_PAGE);
  };

  const adopt = async (actions: readonly ApiAction[], forGeneration: number): Promise<number> => {
    const page = actions.filter(hasId);
    const strangers = page.filter((action) => (action.status ?? 'in-progress') === 'in-progress' && isStranger(action));
    const finished = finishedSince(page, forGeneration);
    if (strangers.length === 0 && finished.length === 0) return 0;
    const [contexts, finishedContexts] = await Promise.all([Promise.all(strangers.map(describeSafely)), Promise.all(finished.map(describeSafely))]);
    if (forGeneration !== generation()) return 0;
    let adopted = 0;
    strangers.forEach((action, index) => {
      if (items.has(actionKey(action.id))) return;
      if (registry.addAction(action, contexts[index], false)) adopted += 1;
    });
    if (adopted > 0) log.info(`following ${adopted} action(s) started elsewhere`);
    finished.forEach((action, index) => {
      if (!isStranger(action)) return;
      const item = registry.addAction(action, finishedContexts[index], false);
      if (item) registry.settle(item, action.status === 'errored' ? 'errored' : 'completed', instant(action.completed_at, scheduler.now()));
    });
    if (finished.length > 0) log.info(`${finished.length} action(s) started and ended elsewhere since the last look`);
    return adopted;
  };

  const noteSettled = (key: string): void => {
    settledKeys.add(key);
    // Oldest first out: a Set iterates in insertion order.
    if (settledKeys.size > REMEMBERED_SETTLES) settledKeys.delete(settledKeys.values().next().value as string);
  };

  const cancel = (): void => {
    if (resumeRetry !== undefined) scheduler.clearTimeout(resumeRetry);
    resumeRetry = undefined;
  };

  const resumeAttempt = async (attempt: number): Promise<number> => {
    const forGeneration = generation();
    let page: ApiAction[];
    try {
      page = await client.listActions(MAX_PER_PAGE);
    } catch (error) {
      if (stopped() || forGeneration !== generation()) return 0;
      const delay = backoffDelayMs(RESUME_RETRY_MS, attempt, retryAfterOf(error));
      log.warn(`could not look for actions in progress; trying again in ${Math.round(delay / 1000)} s`, describeError(error));
      resumeRetry = scheduler.setTimeout(async () => {
        resumeRetry = undefined;
        if (!stopped() && forGeneration === generation()) await resumeAttempt(attempt + 1);
      }, delay);
      return 0;
    }
    if (stopped() || forGeneration !== generation()) return 0;
    const adopted = await adopt(page, forGeneration);
    if (adopted > 0) onResumed();
    return adopted;
  };

  return {
    adopt,
    noteSettled,
    newestSeenId: () => (watermark?.generation === generation() ? watermark.id : undefined),
    resume: () => {
      cancel();
      return resumeAttempt(0);
    },
    cancel,
  };
};
