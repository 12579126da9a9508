import { describe, expect, it } from 'vitest';
import type { Workflow } from '../../../shared/workflow-types';
import { createEventBus } from '../event-bus';
import { createManualScheduler } from '../tracker/testing/manual-scheduler';
import { ENDED_KEPT_MS, createWorkflowStore } from './workflow-store';

const workflow = (id: string, status: Workflow['status'], endedAt?: number): Workflow => ({
  id,
  kind: 'bulk-delete',
  resource: { type: 'droplet', ids: [1] },
  steps: [{ name: 'droplet:1', status: 'pending' }],
  status,
  startedAt: new Date(0).toISOString(),
  ...(endedAt === undefined ? {} : { endedAt: new Date(endedAt).toISOString() }),
});

const setUp = () => {
  const events = createEventBus();
  const pushed: Workflow[] = [];
  events.subscribe((event, payload) => {
    if (event === 'workflows.changed') pushed.push(payload as Workflow);
  });
  const { scheduler, advance } = createManualScheduler(1_000);
  const forgotten: string[] = [];
  const store = createWorkflowStore({ events, scheduler, onForget: (id) => forgotten.push(id) });
  return { store, pushed, advance, forgotten };
};

describe('the workflow store', () => {
  it('pushes one event per workflow for the changes of one turn, carrying a copy of its state', async () => {
    const { store, pushed } = setUp();
    const running = workflow('a', 'running');
    store.add(running);
    running.steps[0]!.status = 'running';
    store.changed(running);
    await Promise.resolve();
    expect(pushed).toHaveLength(1);
    expect(pushed[0]?.steps[0]?.status).toBe('running');
    running.steps[0]!.status = 'done';
    expect(pushed[0]?.steps[0]?.status).toBe('running');
    expect(store.list()[0]).not.toBe(running);
  });

  it('keeps an ended workflow ten minutes, then forgets it; one waiting for a decision stays', () => {
    const { store, advance, forgotten } = setUp();
    store.add(workflow('ended', 'done', 1_000));
    store.add(workflow('undecided', 'needs-decision', 1_000));
    store.add(workflow('running', 'running'));
    advance(ENDED_KEPT_MS);
    expect(store.list().map((one) => one.id)).toEqual(['ended', 'undecided', 'running']);
    advance(1);
    expect(store.list().map((one) => one.id)).toEqual(['undecided', 'running']);
    expect(forgotten).toEqual(['ended']);
  });

  it('forgets everything when cleared, and pushes nothing queued before', async () => {
    const { store, pushed, forgotten } = setUp();
    store.add(workflow('a', 'running'));
    store.clear();
    await Promise.resolve();
    expect(pushed).toEqual([]);
    expect(store.list()).toEqual([]);
    expect(forgotten).toEqual(['a']);
  });
});
