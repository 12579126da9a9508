import type { Logger } from '../log';
import { MAX_PER_PAGE } from './account-actions-poll';
import { describeError, retryAfterOf } from './poll-errors';
import { backoffDelayMs } from './poll-policy';
import type { Scheduler, TimerHandle } from './scheduler';
import { actionKey, hasId, resourceTypeOf, type TrackContext } from './tracked-item';
import type { TrackedRegistry } from './tracked-registry';
import type { ApiAction, TrackerClient } from './tracker-client';

const RESUME_RETRY_MS = 5_000;

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
  /** Takes on in-progress actions the panel did not start; 0 if the account changed meanwhile. */
  adopt(actions: readonly ApiAction[], forGeneration: number): Promise<number>;
  /** Adopts what is already in progress on the account; if DigitalOcean cannot be reached, keeps trying. */
  resume(): Promise<number>;
  /** Gives up a pending retry of `resume`. */
  cancel(): void;
}

/** Following actions the panel did not start: those already running at start-up, and those seen on the account since. */
export const createAdoption = ({ client, scheduler, log, registry, describe, generation, stopped, onResumed }: AdoptionOptions): Adoption => {
  const { items } = registry;
  let resumeRetry: TimerHandle | undefined;

  const describeSafely = async (action: ApiAction): Promise<TrackContext | undefined> => {
    if (!describe) return undefined;
    try {
      return await describe(action);
    } catch (error) {
      log.warn(`could not name the resource of action ${action.id}`, describeError(error));
      return undefined;
    }
  };

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
    if (forGeneration !== generation()) return 0;
    let adopted = 0;
    strangers.forEach((action, index) => {
      if (items.has(actionKey(action.id))) return;
      if (registry.addAction(action, contexts[index], false)) adopted += 1;
    });
    if (adopted > 0) log.info(`following ${adopted} action(s) started elsewhere`);
    return adopted;
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
    resume: () => {
      cancel();
      return resumeAttempt(0);
    },
    cancel,
  };
};
