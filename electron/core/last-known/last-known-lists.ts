import { lastKnownListNames, type LastKnownListName } from '../../../shared/last-known-names';
import type { LastKnownList } from '../../../shared/operations/lists';
import type { Logger } from '../log';
import type { SettingsStore } from '../settings-store';
import type { Scheduler, TimerHandle } from '../tracker/scheduler';

/** A list longer than this is not kept (nor an older copy of it): 25,000 rows are about 12 MB on disk. */
export const MAX_ROWS_PER_LIST = 25_000;
/** At most one write per list this often: a list reloaded on every settle must not rewrite the file each time. */
export const WRITE_EVERY_MS = 30_000;
/** Even the first write waits a moment, so it never runs before the list's answer has left. */
export const FIRST_WRITE_AFTER_MS = 1_000;

/**
 * Each account's last complete droplet and image lists, so a start or an account switch can show them
 * at once while the fresh ones load. Rows only, as the list operations answered them: never a token.
 * Kept in a store of their own (several MB at 10,000 rows), not the settings file, which is rewritten
 * on every small setting.
 */
export interface LastKnownLists {
  /** The account's kept list, or null. */
  read(accountId: string, list: LastKnownListName): LastKnownList | null;
  /** Keeps a list that just loaded whole; answered at once from memory, written to the store later. */
  save(accountId: string, list: LastKnownListName, rows: LastKnownList['rows'], savedAt: string): void;
  /** Drops everything kept for an account (it was removed). */
  forget(accountId: string): void;
  /** Writes what is waiting now (on close). */
  flush(): void;
}

export interface LastKnownListsOptions {
  store: SettingsStore;
  scheduler: Scheduler;
  log: Logger;
  /**
   * Whether an account's lists outlive the session: a session-only account has a new id next time, and
   * the environment's token may belong to another team next time; their lists stay in memory.
   */
  persists: (accountId: string) => boolean;
}

// The store splits keys on dots (conf's dot paths): an account id is encoded so it cannot.
const storeKey = (accountId: string, list: LastKnownListName): string =>
  `${encodeURIComponent(accountId).replaceAll('.', '%2E')}:${list}`;

const isRow = (value: unknown): boolean =>
  typeof value === 'object' && value !== null && Number.isSafeInteger((value as { id?: unknown }).id) && typeof (value as { name?: unknown }).name === 'string';

/** What was read from the store, if it is a kept list: the file is the user's to edit. */
const parseList = (stored: unknown): LastKnownList | null => {
  if (typeof stored !== 'object' || stored === null) return null;
  const { savedAt, rows } = stored as { savedAt?: unknown; rows?: unknown };
  if (typeof savedAt !== 'string' || Number.isNaN(Date.parse(savedAt))) return null;
  if (!Array.isArray(rows) || rows.length > MAX_ROWS_PER_LIST || !rows.every(isRow)) return null;
  return { savedAt, rows: rows as LastKnownList['rows'] };
};

export const createLastKnownLists = ({ store, scheduler, log, persists }: LastKnownListsOptions): LastKnownLists => {
  // What each list is now, read or saved; null when none is kept. The store is read once per list.
  const known = new Map<string, LastKnownList | null>();
  // Waiting to be written: a list, or null to delete it.
  const pending = new Map<string, LastKnownList | null>();
  const timers = new Map<string, TimerHandle>();
  const writtenAt = new Map<string, number>();

  const write = (key: string): void => {
    timers.delete(key);
    if (!pending.has(key)) return;
    const value = pending.get(key) ?? null;
    pending.delete(key);
    writtenAt.set(key, scheduler.now());
    try {
      if (value === null) store.delete(key);
      else store.set(key, value);
    } catch (error) {
      log.warn(`could not keep the last-known list ${key.slice(key.indexOf(':') + 1)}`, error);
    }
  };

  const schedule = (key: string): void => {
    if (timers.has(key)) return;
    const last = writtenAt.get(key);
    const delay = Math.max(FIRST_WRITE_AFTER_MS, last === undefined ? 0 : last + WRITE_EVERY_MS - scheduler.now());
    timers.set(key, scheduler.setTimeout(() => write(key), delay));
  };

  return {
    read(accountId, list) {
      const key = storeKey(accountId, list);
      if (!known.has(key)) known.set(key, persists(accountId) ? parseList(store.get(key)) : null);
      return known.get(key) ?? null;
    },
    save(accountId, list, rows, savedAt) {
      const key = storeKey(accountId, list);
      // Too long to keep: an older copy would be shown as if it were the list, so it goes too.
      const value = rows.length > MAX_ROWS_PER_LIST ? null : { savedAt, rows };
      known.set(key, value);
      // Called on a list's answer path: keeping it may fail, the list must not.
      try {
        if (!persists(accountId)) return;
        pending.set(key, value);
        schedule(key);
      } catch (error) {
        log.warn(`could not keep the last-known list ${list}`, error);
      }
    },
    forget(accountId) {
      for (const list of lastKnownListNames) {
        const key = storeKey(accountId, list);
        known.delete(key);
        pending.delete(key);
        const timer = timers.get(key);
        if (timer !== undefined) scheduler.clearTimeout(timer);
        timers.delete(key);
        store.delete(key);
      }
    },
    flush() {
      for (const [key, timer] of timers) {
        scheduler.clearTimeout(timer);
        write(key);
      }
    },
  };
};
