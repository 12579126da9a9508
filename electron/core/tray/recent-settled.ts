import type { ActionSettled } from '../../../shared/action-types';

/** How many settled actions the tray remembers. */
export const RECENT_SETTLED_LIMIT = 5;

/** The last few tracked actions that settled, newest first. */
export interface RecentSettled {
  add(settled: ActionSettled): void;
  list(): ActionSettled[];
  /** Forgets them all (another account's actions are not this one's). */
  clear(): void;
}

/** Keeps the last `limit` settled actions, one entry per action. */
export const createRecentSettled = (limit = RECENT_SETTLED_LIMIT): RecentSettled => {
  let recent: ActionSettled[] = [];
  return {
    add(settled) {
      recent = [settled, ...recent.filter((entry) => entry.action.key !== settled.action.key)].slice(0, limit);
    },
    list: () => [...recent],
    clear() {
      recent = [];
    },
  };
};
