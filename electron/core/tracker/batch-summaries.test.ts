import { describe, expect, it } from 'vitest';
import type { ActionSettled, BatchSettled } from '../../../shared/action-types';
import { createBatchSummaries } from './batch-summaries';

const settledOf = (id: number, outcome: 'completed' | 'errored', batch?: string): ActionSettled => {
  const resource = { type: 'droplet' as const, id, name: `web-${id}` };
  return {
    action: { key: `action:${id}`, kind: 'action', id, type: 'reboot', status: outcome, resource, startedAt: '', completedAt: '', startedByUser: true, elapsedMs: 0 },
    outcome,
    durationMs: 0,
    resource,
    startedByUser: true,
    ...(batch === undefined ? {} : { batch }),
  };
};

const recorder = () => {
  const told: BatchSettled[] = [];
  return { told, summaries: createBatchSummaries((summary) => told.push(summary)) };
};

describe('createBatchSummaries', () => {
  it('tells one summary once the last of the send’s actions has ended, with the failures by name', () => {
    const { told, summaries } = recorder();
    for (let id = 1; id <= 9; id += 1) summaries.settled(settledOf(id, 'completed', 'b1'));
    summaries.sent('b1', 10, 'reboot', 'droplet');
    expect(told).toEqual([]);
    summaries.settled(settledOf(10, 'errored', 'b1'));
    expect(told).toEqual([{ batch: 'b1', type: 'reboot', resourceType: 'droplet', completed: 9, failures: [{ resource: { type: 'droplet', id: 10, name: 'web-10' } }] }]);
  });

  it('counts settles that came before the send was over, and tells nothing twice', () => {
    const { told, summaries } = recorder();
    summaries.settled(settledOf(1, 'completed', 'b2'));
    summaries.settled(settledOf(2, 'completed', 'b2'));
    summaries.sent('b2', 2, 'reboot', 'droplet');
    summaries.settled(settledOf(3, 'completed', 'b2'));
    expect(told).toHaveLength(1);
    expect(told[0]).toMatchObject({ completed: 2, failures: [] });
  });

  it('ignores actions outside any batch, a send that started nothing, and batches forgotten by clear', () => {
    const { told, summaries } = recorder();
    summaries.settled(settledOf(1, 'completed'));
    summaries.sent('empty', 0, 'reboot', 'droplet');
    summaries.sent('b3', 1, 'reboot', 'droplet');
    summaries.clear();
    summaries.settled(settledOf(2, 'completed', 'b3'));
    expect(told).toEqual([]);
  });

  it('keeps two sends apart', () => {
    const { told, summaries } = recorder();
    summaries.sent('a', 1, 'reboot', 'droplet');
    summaries.sent('b', 1, 'reboot', 'droplet');
    summaries.settled(settledOf(1, 'errored', 'b'));
    summaries.settled(settledOf(2, 'completed', 'a'));
    expect(told.map((summary) => [summary.batch, summary.completed, summary.failures.length])).toEqual([
      ['b', 0, 1],
      ['a', 1, 0],
    ]);
  });
});
