import type { ApiSessions } from '../api-session';
import type { Logger } from '../log';
import type { ResourceNames } from '../resource-names';
import type { AccountDurations } from './durations';
import { readEstimateHistory, type HistoryClient } from './history-read';

const background = { priority: 'background' } as const;

export interface HistoryReadsOptions {
  sessions: ApiSessions;
  durations: AccountDurations;
  resourceNames: ResourceNames;
  log: Logger;
  now: () => string;
}

/** Starts each account's one history read for estimates (see history-read), once per account, in the background. */
export interface HistoryReads {
  /** Reads the account's history unless it was read already or is being read; never waits, never throws. */
  start(accountId: string): void;
  /** Resolves when the reads started so far have ended (tests). */
  settled(): Promise<void>;
}

export const createHistoryReads = ({ sessions, durations, resourceNames, log, now }: HistoryReadsOptions): HistoryReads => {
  const reading = new Map<string, Promise<void>>();

  const read = async (accountId: string): Promise<void> => {
    // The client is taken once, so every request of the read is this account's, whatever the user switches to meanwhile.
    const api = await sessions.client();
    const stillActive = (): boolean => durations.current() === accountId;
    if (!stillActive()) return;
    const client: HistoryClient = {
      actions: async (page, perPage) => {
        const listed = await api.actions.list({ page, per_page: perPage }, background);
        return { items: listed.items, more: listed.links.pages?.next !== undefined };
      },
      dropletSnapshots: async (perPage) => (await api.snapshots.list({ resource_type: 'droplet', page: 1, per_page: perPage }, background)).items,
      privateImages: async (perPage) => (await api.images.list({ private: true, page: 1, per_page: perPage }, background)).items,
      image: (id) => api.images.get(id, background),
    };
    await readEstimateHistory({
      client,
      durations,
      accountId,
      log,
      stillActive,
      knownImageSize: (id) => resourceNames.describe({ resource_type: 'image', resource_id: id })?.sizeGigabytes,
      now,
    });
  };

  return {
    start(accountId) {
      if (reading.has(accountId) || durations.historyRead(accountId)) return;
      const run = read(accountId)
        .catch((error: unknown) => log.warn('the history read for estimates failed', error))
        .finally(() => reading.delete(accountId));
      reading.set(accountId, run);
    },
    async settled() {
      await Promise.all([...reading.values()]);
    },
  };
};
