import type { ActionSettled } from '../../../shared/action-types';
import type { EventBus } from '../event-bus';

/** Calls back when the action tracker reports an action settled. */
export interface SettledWaiter {
  /**
   * Calls `callback` once, when the tracker settles action `actionId`. Register before handing the
   * action to the tracker: one that had already ended settles during `track`.
   */
  once(actionId: number, callback: (settled: ActionSettled) => void): void;
  /** Forgets every callback (account switch): their actions will never be reported. */
  clear(): void;
}

/** Follows the tracker's `actions.settled` events on the bus: the tracker already asks DigitalOcean, so this asks nothing. */
export const createSettledWaiter = (events: EventBus): SettledWaiter => {
  const waiting = new Map<number, (settled: ActionSettled) => void>();
  events.subscribe((event, payload) => {
    if (event !== 'actions.settled') return;
    const settled = payload as ActionSettled;
    if (settled.action.kind !== 'action') return;
    const callback = waiting.get(settled.action.id);
    if (!callback) return;
    waiting.delete(settled.action.id);
    callback(settled);
  });
  return {
    once: (actionId, callback) => void waiting.set(actionId, callback),
    clear: () => waiting.clear(),
  };
};
