import type { Clock } from '../clock';
import type { Prng } from '../prng';
import type { ActionRecord, Store } from '../state';
import { varied } from './durations';

/** What an action does, decided when it is accepted and applied when it completes. */
export interface ActionPlan {
  readonly type: string;
  readonly resourceType: 'droplet' | 'image';
  readonly resourceId: number;
  readonly regionSlug: string | null;
  /** Realistic duration at speed 1, before variance: a model's figure from `durations.ts`. */
  readonly seconds: number;
  /** Whether the resource shows `locked: true` while it runs (a Droplet create does not). */
  readonly locks: boolean;
  readonly complete: () => void;
  /** Cleanup when the action ends errored instead: nothing it promised happens. */
  readonly fail?: () => void;
}

/** Decides, as an action starts, whether it will end errored (the fault controls). */
export type ErrorDecider = (action: ActionRecord) => boolean;

interface Running {
  readonly action: ActionRecord;
  readonly plan: ActionPlan;
  readonly timer: number;
  readonly errored: boolean;
}

export interface PastAction {
  readonly type: string;
  readonly resourceType: 'droplet' | 'image';
  readonly resourceId: number;
  readonly regionSlug: string | null;
  readonly startedAt: number;
  readonly seconds: number;
  readonly status?: 'completed' | 'errored';
}

/**
 * Runs actions on simulated time: each is `in-progress` for its duration (scaled by the speed
 * factor, varied deterministically as `durations.ts` says), then `completed` with its effect applied, or `errored` with none.
 */
export class ActionEngine {
  private readonly running = new Map<number, Running>();

  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
    private readonly jitter: Prng,
    private readonly speed: number,
    private readonly decideError: ErrorDecider,
  ) {}

  /** Duration in milliseconds of simulated time for a model's duration in seconds: one seeded run of it, at this speed. */
  durationMs(seconds: number): number {
    return Math.max(1, Math.round((varied(seconds, this.jitter) * 1000) / this.speed));
  }

  begin(plan: ActionPlan): ActionRecord {
    const action: ActionRecord = {
      id: this.store.newId('action'),
      type: plan.type,
      status: 'in-progress',
      startedAt: this.clock.now(),
      completedAt: null,
      resourceType: plan.resourceType,
      resourceId: plan.resourceId,
      regionSlug: plan.regionSlug,
    };
    this.store.addAction(action);
    const errored = this.decideError(action);
    const timer = this.clock.setTimer(this.durationMs(plan.seconds), () => this.finish(action.id));
    this.running.set(action.id, { action, plan, timer, errored });
    return action;
  }

  /** Records an action from the account's past (seeds), already finished. */
  recordPast(past: PastAction): ActionRecord {
    const action: ActionRecord = {
      id: this.store.newId('action'),
      type: past.type,
      status: past.status ?? 'completed',
      startedAt: past.startedAt,
      completedAt: past.startedAt + Math.round(past.seconds * 1000),
      resourceType: past.resourceType,
      resourceId: past.resourceId,
      regionSlug: past.regionSlug,
    };
    this.store.addAction(action);
    return action;
  }

  inProgress(resourceType: string, resourceId: number): ActionRecord | undefined {
    for (const { action } of this.running.values()) {
      if (action.resourceType === resourceType && action.resourceId === resourceId) return action;
    }
    return undefined;
  }

  isLocked(resourceType: string, resourceId: number): boolean {
    for (const { action, plan } of this.running.values()) {
      if (plan.locks && action.resourceType === resourceType && action.resourceId === resourceId) return true;
    }
    return false;
  }

  /** The resource is gone (a Droplet destroyed mid-action): its unfinished actions end errored. */
  abandon(resourceType: string, resourceId: number): void {
    for (const entry of [...this.running.values()]) {
      if (entry.action.resourceType !== resourceType || entry.action.resourceId !== resourceId) continue;
      this.clock.clearTimer(entry.timer);
      this.end(entry, 'errored');
    }
  }

  private finish(actionId: number): void {
    const entry = this.running.get(actionId);
    if (entry) this.end(entry, entry.errored ? 'errored' : 'completed');
  }

  private end(entry: Running, status: 'completed' | 'errored'): void {
    this.running.delete(entry.action.id);
    entry.action.status = status;
    entry.action.completedAt = this.clock.now();
    if (status === 'completed') entry.plan.complete();
    else entry.plan.fail?.();
  }
}
