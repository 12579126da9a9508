import type { ActionSettled, BatchSettled, TrackedResourceType } from '../../../shared/action-types';

interface Tally {
  /** How many actions the send started; unknown until the last request of the send has gone. */
  expected?: number;
  type: string;
  resourceType: TrackedResourceType;
  completed: number;
  failures: BatchSettled['failures'];
}

export interface BatchSummaries {
  /** One member of a batch settled. */
  settled(settled: ActionSettled): void;
  /** The send is over: it started this many actions (some may have settled already). */
  sent(batch: string, started: number, type: string, resourceType: TrackedResourceType): void;
  /** Forgets every open batch (account switch: their actions are no longer tracked). */
  clear(): void;
}

/**
 * Counts the settles of each bulk send and tells `onSummary` once, when the last of its actions has
 * ended, so ten reboots make one "Reboot: 9 completed, 1 failed", not ten notifications.
 */
export const createBatchSummaries = (onSummary: (summary: BatchSettled) => void): BatchSummaries => {
  const tallies = new Map<string, Tally>();

  const finishIfDone = (batch: string): void => {
    const tally = tallies.get(batch);
    if (!tally || tally.expected === undefined || tally.completed + tally.failures.length < tally.expected) return;
    tallies.delete(batch);
    if (tally.expected === 0) return;
    onSummary({ batch, type: tally.type, resourceType: tally.resourceType, completed: tally.completed, failures: tally.failures });
  };

  const tallyOf = (batch: string, type: string, resourceType: TrackedResourceType): Tally => {
    let tally = tallies.get(batch);
    if (!tally) {
      tally = { type, resourceType, completed: 0, failures: [] };
      tallies.set(batch, tally);
    }
    return tally;
  };

  return {
    settled(settled) {
      if (settled.batch === undefined) return;
      const tally = tallyOf(settled.batch, settled.action.type, settled.resource.type);
      if (settled.outcome === 'completed') tally.completed += 1;
      else tally.failures.push({ resource: settled.resource, ...(settled.errorMessage ? { errorMessage: settled.errorMessage } : {}) });
      finishIfDone(settled.batch);
    },
    sent(batch, started, type, resourceType) {
      tallyOf(batch, type, resourceType).expected = started;
      finishIfDone(batch);
    },
    clear: () => tallies.clear(),
  };
};
