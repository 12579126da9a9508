import { describe, expect, it } from 'vitest';
import type { ApiSessions } from '../api-session';
import type { CallOptions } from '../do-client/call-options';
import type { DoClient } from '../do-client';
import { createLogger } from '../log';
import { createResourceNames } from '../resource-names';
import { createMemorySettingsStore } from '../settings-store';
import { createAccountDurations } from './durations';
import { createHistoryReads } from './history-reads';

const silent = createLogger('test', { sink: () => undefined });
const page = <T>(items: T[]) => ({ items, links: {}, meta: { total: items.length } });

/** A client that answers the history read's three lists and notes the priority of each request. */
const fakeSessions = () => {
  const calls: { what: string; priority: CallOptions['priority'] }[] = [];
  const note = (what: string, call?: CallOptions) => calls.push({ what, priority: call?.priority });
  const action = { id: 1, type: 'snapshot', status: 'completed', started_at: '2026-12-01T12:00:00Z', completed_at: '2026-12-01T12:10:00Z', resource_type: 'droplet', resource_id: 7 };
  const client = {
    actions: { list: (_page: unknown, call?: CallOptions) => (note('actions', call), Promise.resolve(page([action]))) },
    snapshots: { list: (_filter: unknown, call?: CallOptions) => (note('snapshots', call), Promise.resolve(page([]))) },
    images: { list: (_filter: unknown, call?: CallOptions) => (note('images', call), Promise.resolve(page([]))) },
  } as unknown as DoClient;
  const sessions: ApiSessions = { client: () => Promise.resolve(client), fileSize: () => Promise.resolve(undefined) };
  return { sessions, calls };
};

describe('history reads', () => {
  it('reads at background priority, once per account, and only for the account still active', async () => {
    const { sessions, calls } = fakeSessions();
    const durations = createAccountDurations(createMemorySettingsStore(), silent);
    const reads = createHistoryReads({ sessions, durations, resourceNames: createResourceNames(), log: silent, now: () => '2026-12-07T00:00:00Z' });

    durations.use('a1');
    reads.start('a1');
    reads.start('a1');
    await reads.settled();
    expect(calls).toEqual([
      { what: 'actions', priority: 'background' },
      { what: 'snapshots', priority: 'background' },
    ]);
    expect(durations.historyRead('a1')).toBe(true);

    reads.start('a1');
    // Switched away before the read could start: nothing is asked on the new account's behalf.
    reads.start('a2');
    durations.use('a3');
    await reads.settled();
    expect(calls).toHaveLength(2);
    expect(durations.historyRead('a2')).toBe(false);
  });
});
