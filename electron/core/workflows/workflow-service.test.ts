import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PanelError } from '../../../shared/result';
import type { Workflow, WorkflowStep } from '../../../shared/workflow-types';
import { sizes } from '../../../simulator/catalogue/sizes';
import type { Exchange } from '../../../simulator/server';
import { startSimulatedCore, type SimulatedCore } from '../testing/simulated-core';
import { SHUTDOWN_PATIENCE_MS } from './resize-after-power-off';

/*
 * The workflow service on a real core (client, tracker, handlers) against the simulator on its virtual
 * clock. No renderer takes part: what moves a workflow on is the main side alone. Requests are counted
 * as the simulator saw them; time is moved, never waited for.
 */

let harness: SimulatedCore;
const exchanges: Exchange[] = [];
/** Request bodies the core sent, as `METHOD path` → bodies, read off the wire before the simulator answers. */
const sentBodies: { method: string; path: string; body: unknown }[] = [];
/** Writes to break after sending: the request reaches the simulator and acts, the answer never arrives. */
const breakAfterSending = new Set<string>();
let writesInFlight = 0;
let mostWritesInFlight = 0;

const wrappedFetch: typeof fetch = async (input, init) => {
  const method = init?.method ?? 'GET';
  const path = new URL(input instanceof Request ? input.url : String(input)).pathname;
  if (method !== 'GET') {
    sentBodies.push({ method, path, body: typeof init?.body === 'string' ? JSON.parse(init.body) : undefined });
    writesInFlight += 1;
    mostWritesInFlight = Math.max(mostWritesInFlight, writesInFlight);
  }
  try {
    const response = await fetch(input, init);
    if (breakAfterSending.delete(`${method} ${path}`)) throw new TypeError('fetch failed', { cause: Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }) });
    return response;
  } finally {
    if (method !== 'GET') writesInFlight -= 1;
  }
};

beforeAll(async () => {
  harness = await startSimulatedCore({ seed: 'large:60', observe: (exchange) => exchanges.push(exchange) }, { fetch: wrappedFetch });
});

afterAll(() => harness.close());

const start = (request: unknown) => harness.call('workflows.start', request) as Promise<Workflow>;
const list = () => harness.call('workflows.list') as Promise<Workflow[]>;
const current = async (id: string): Promise<Workflow> => {
  const found = (await list()).find((workflow) => workflow.id === id);
  if (!found) throw new Error(`workflow ${id} is not listed`);
  return found;
};
const stepsOf = (workflow: Workflow) => Object.fromEntries(workflow.steps.map((step) => [step.name, step.status]));
const stepNamed = (workflow: Workflow, name: string): WorkflowStep => workflow.steps.find((step) => step.name === name) as WorkflowStep;

/** Moves the virtual clock a minute at a time until the workflow stops running (at most an hour). */
const untilEnded = async (id: string): Promise<Workflow> => {
  for (let minute = 0; minute < 60 && (await current(id)).status === 'running'; minute += 1) await harness.scheduler.advance(60);
  return current(id);
};

/** Runs what the workflow has due now (its first step), as the system timers would at once. */
const settleNow = () => harness.scheduler.advance(0);

const actionPosts = (id: number, type: string, since = 0): number =>
  sentBodies.slice(since).filter((sent) => sent.method === 'POST' && sent.path === `/v2/droplets/${id}/actions` && (sent.body as { type?: string }).type === type).length;

/** Running Droplets nothing has touched yet, so each test has its own. */
const taken = new Set<number>();
const freshDroplets = (count: number): { id: number; name: string; sizeSlug: string; regionSlug: string; disk: number }[] => {
  const found = [...harness.sim.state.droplets.values()].filter((droplet) => droplet.status === 'active' && !taken.has(droplet.id)).slice(0, count);
  if (found.length < count) throw new Error('the seed has too few running Droplets');
  for (const droplet of found) taken.add(droplet.id);
  return found;
};

/** A size the Droplet can grow to in its region, CPU and RAM only. */
const biggerSize = (droplet: { sizeSlug: string; regionSlug: string; disk: number }): string => {
  const size = sizes.find((candidate) => candidate.available && candidate.slug !== droplet.sizeSlug && candidate.regions.includes(droplet.regionSlug) && candidate.disk >= droplet.disk);
  if (!size) throw new Error(`no size to resize ${droplet.sizeSlug} to`);
  return size.slug;
};

const sizeOf = (id: number): string | undefined => harness.sim.state.droplets.get(id)?.sizeSlug;

describe('shut down cleanly, then resize', () => {
  it('shuts down, then resizes once, with no hard power cut', async () => {
    const [droplet] = freshDroplets(1);
    const id = droplet!.id;
    const size = biggerSize(droplet!);
    const before = sentBodies.length;
    const started = await start({ kind: 'resize-after-power-off', id, size, stop: 'shutdown' });
    expect(started).toMatchObject({ plan: { size, disk: false, stop: 'shutdown' } });
    expect(started.steps.map((step) => step.name)).toEqual(['shutdown', 'wait-off', 'resize']);
    const ended = await untilEnded(started.id);
    expect(ended.status).toBe('done');
    expect(stepsOf(ended)).toEqual({ shutdown: 'done', 'wait-off': 'done', resize: 'done' });
    expect(actionPosts(id, 'shutdown', before)).toBe(1);
    expect(actionPosts(id, 'power_off', before)).toBe(0);
    expect(actionPosts(id, 'resize', before)).toBe(1);
  });

  it('asks before a hard power off when DigitalOcean reports the shutdown failed, and powers off only when told', async () => {
    const [droplet] = freshDroplets(1);
    const id = droplet!.id;
    const size = biggerSize(droplet!);
    harness.sim.faults.failActions({ type: 'shutdown', resourceId: id });
    const before = sentBodies.length;
    const started = await start({ kind: 'resize-after-power-off', id, size, stop: 'shutdown' });
    const waiting = await untilEnded(started.id);
    expect(waiting.status).toBe('needs-decision');
    expect(stepsOf(waiting)).toEqual({ shutdown: 'done', 'wait-off': 'failed', resize: 'pending' });
    expect(stepNamed(waiting, 'wait-off').error?.message).toMatch(/reported the shutdown as failed/);
    // Nothing more is sent while the decision waits, however long.
    await harness.scheduler.advance(10 * 60);
    expect(actionPosts(id, 'power_off', before)).toBe(0);
    expect(actionPosts(id, 'resize', before)).toBe(0);
    // A second resize cannot start beside it.
    await expect(start({ kind: 'resize-after-power-off', id, size })).rejects.toThrow(/already under way/);

    await harness.call('workflows.retry', { id: started.id });
    const ended = await untilEnded(started.id);
    expect(ended.status).toBe('done');
    expect(ended.steps.map((step) => [step.name, step.status])).toEqual([
      ['shutdown', 'done'],
      ['wait-off', 'failed'],
      ['power-off', 'done'],
      ['wait-power-off', 'done'],
      ['resize', 'done'],
    ]);
    expect(actionPosts(id, 'power_off', before)).toBe(1);
    expect(actionPosts(id, 'resize', before)).toBe(1);
    // Asked again, it does not power off twice.
    await expect(harness.call('workflows.retry', { id: started.id })).rejects.toThrow(/waiting for a decision/);
  });

  it('leaves the droplet as it is when the person dismisses the question', async () => {
    const [droplet] = freshDroplets(1);
    const id = droplet!.id;
    harness.sim.faults.failActions({ type: 'shutdown', resourceId: id });
    const before = sentBodies.length;
    const started = await start({ kind: 'resize-after-power-off', id, size: biggerSize(droplet!), stop: 'shutdown' });
    expect((await untilEnded(started.id)).status).toBe('needs-decision');
    await harness.call('workflows.dismiss', { id: started.id });
    await harness.scheduler.advance(10 * 60);
    expect(actionPosts(id, 'power_off', before)).toBe(0);
    expect(actionPosts(id, 'resize', before)).toBe(0);
    expect(sizeOf(id)).toBe(droplet!.sizeSlug);
  });
});

describe('a shutdown slower than the panel waits for', () => {
  let slow: SimulatedCore;
  beforeAll(async () => {
    // A twentieth of real speed: a 15 s shutdown takes about 5 minutes, past the panel's patience.
    slow = await startSimulatedCore({ seed: 'large:6', speed: 0.05 });
  });
  afterAll(() => slow.close());

  it('asks after a few minutes, then carries on by itself when the shutdown finishes after all', async () => {
    const droplet = [...slow.sim.state.droplets.values()].find((candidate) => candidate.status === 'active');
    const id = droplet!.id;
    const size = biggerSize(droplet!);
    const started = (await slow.call('workflows.start', { kind: 'resize-after-power-off', id, size, stop: 'shutdown' })) as Workflow;
    const find = async () => ((await slow.call('workflows.list')) as Workflow[]).find((workflow) => workflow.id === started.id) as Workflow;
    await slow.scheduler.advance(SHUTDOWN_PATIENCE_MS / 1000 - 10);
    expect((await find()).status).toBe('running');
    await slow.scheduler.advance(20);
    const waiting = await find();
    expect(waiting.status).toBe('needs-decision');
    expect(stepNamed(waiting, 'wait-off').error?.message).toMatch(/has not shut down after 3 minutes/);
    for (let minute = 0; minute < 10 && (await find()).status !== 'done'; minute += 1) await slow.scheduler.advance(60);
    const ended = await find();
    expect(ended.status).toBe('done');
    expect(stepsOf(ended)).toEqual({ shutdown: 'done', 'wait-off': 'done', resize: 'done' });
    expect(stepNamed(ended, 'wait-off').error).toBeUndefined();
    expect(slow.sim.state.droplets.get(id)?.status).toBe('off');
  });
});

describe('power off, then resize', () => {
  it('sends the resize once, only after DigitalOcean says the power-off completed and the droplet is off', async () => {
    const [droplet] = freshDroplets(1);
    const id = droplet!.id;
    const size = biggerSize(droplet!);
    const before = sentBodies.length;
    const started = await start({ kind: 'resize-after-power-off', id, size });
    expect(started).toMatchObject({ kind: 'resize-after-power-off', status: 'running', resource: { type: 'droplet', ids: [id] }, plan: { size, disk: false } });

    await settleNow();
    const waiting = await current(started.id);
    expect(stepsOf(waiting)).toEqual({ 'power-off': 'done', 'wait-off': 'running', resize: 'pending' });
    expect(stepNamed(waiting, 'power-off').sentAt).toEqual(expect.any(String));
    expect(actionPosts(id, 'power_off', before)).toBe(1);
    expect(actionPosts(id, 'resize', before)).toBe(0);

    const ended = await untilEnded(started.id);
    expect(ended.status).toBe('done');
    expect(stepsOf(ended)).toEqual({ 'power-off': 'done', 'wait-off': 'done', resize: 'done' });
    expect(actionPosts(id, 'power_off', before)).toBe(1);
    expect(actionPosts(id, 'resize', before)).toBe(1);
    // The resize is the tracker's now: its row and pane show its progress like any action's.
    expect(harness.core.tracker.list().some((action) => action.type === 'resize' && action.resource.id === id)).toBe(true);

    for (let minute = 0; minute < 10 && sizeOf(id) !== size; minute += 1) await harness.scheduler.advance(60);
    expect(sizeOf(id)).toBe(size);
    expect(actionPosts(id, 'resize', before)).toBe(1);
  });

  it('closing the window mid-resize still resizes once', async () => {
    const [droplet] = freshDroplets(1);
    const id = droplet!.id;
    const size = biggerSize(droplet!);
    const before = exchanges.length;
    // The renderer's side of a transport: it hears every pushed event until its window closes.
    const heard: Workflow[] = [];
    const closeWindow = harness.core.events.subscribe((event, payload) => {
      if (event === 'workflows.changed') heard.push(payload as Workflow);
    });
    const started = await start({ kind: 'resize-after-power-off', id, size });
    await settleNow();
    expect(heard.at(-1)).toMatchObject({ id: started.id, status: 'running' });

    closeWindow();
    const heardBeforeClosing = heard.length;
    for (let minute = 0; minute < 9 && sizeOf(id) !== size; minute += 1) await harness.scheduler.advance(60);
    await harness.scheduler.advance(60);

    const resizes = exchanges.slice(before).filter((exchange) => exchange.method === 'POST' && exchange.pathname === `/v2/droplets/${id}/actions` && (exchange.body as { action?: { type?: string } }).action?.type === 'resize');
    expect(resizes).toHaveLength(1);
    expect(resizes[0]?.status).toBe(201);
    expect(sizeOf(id)).toBe(size);
    expect(heard).toHaveLength(heardBeforeClosing);
    // A window that opens again (within the ten minutes an ended workflow is kept) finds how it went.
    expect((await current(started.id)).status).toBe('done');
  });

  it('stops without resizing when DigitalOcean reports the power-off errored', async () => {
    const [droplet] = freshDroplets(1);
    const id = droplet!.id;
    harness.sim.faults.failActions({ type: 'power_off', resourceId: id });
    const before = sentBodies.length;
    const started = await start({ kind: 'resize-after-power-off', id, size: biggerSize(droplet!) });
    const ended = await untilEnded(started.id);
    expect(ended.status).toBe('failed');
    expect(stepsOf(ended)).toEqual({ 'power-off': 'done', 'wait-off': 'failed', resize: 'skipped' });
    expect(stepNamed(ended, 'wait-off').error?.message).toBe('DigitalOcean reported the power-off as failed. The droplet keeps its size.');
    expect(actionPosts(id, 'resize', before)).toBe(0);
    expect(sizeOf(id)).toBe(droplet!.sizeSlug);
  });

  it('sends no resize when DigitalOcean refuses the power-off, and says why in its words', async () => {
    const [droplet] = freshDroplets(1);
    const id = droplet!.id;
    // Another client's action locks the Droplet: DigitalOcean refuses the next one with a 422.
    await harness.call('droplets.runAction', { id, action: { type: 'password_reset' } });
    const before = sentBodies.length;
    const started = await start({ kind: 'resize-after-power-off', id, size: biggerSize(droplet!) });
    await settleNow();
    const ended = await current(started.id);
    expect(ended.status).toBe('failed');
    expect(stepsOf(ended)).toEqual({ 'power-off': 'failed', 'wait-off': 'skipped', resize: 'skipped' });
    expect(stepNamed(ended, 'power-off').error).toEqual({ kind: 'conflict', status: 422, message: 'Droplet already has a pending event.', requestId: expect.any(String) });
    expect(actionPosts(id, 'power_off', before)).toBe(1);
    expect(actionPosts(id, 'resize', before)).toBe(0);
    for (let minute = 0; minute < 5; minute += 1) await harness.scheduler.advance(60);
    expect(actionPosts(id, 'power_off', before) + actionPosts(id, 'resize', before)).toBe(1);
  });

  it('fails with DigitalOcean’s message and request id when it refuses the resize, and sends it only once', async () => {
    const [droplet] = freshDroplets(1);
    const id = droplet!.id;
    const before = sentBodies.length;
    const started = await start({ kind: 'resize-after-power-off', id, size: 'no-such-size' });
    const ended = await untilEnded(started.id);
    expect(ended.status).toBe('failed');
    expect(stepsOf(ended)).toEqual({ 'power-off': 'done', 'wait-off': 'done', resize: 'failed' });
    expect(stepNamed(ended, 'resize').error).toEqual({
      kind: 'validation',
      status: 422,
      message: 'You specified an invalid size: "no-such-size".',
      requestId: expect.any(String),
    });
    expect(actionPosts(id, 'resize', before)).toBe(1);
    expect(harness.sim.state.droplets.get(id)?.status).toBe('off');
  });

  it('does not send the resize again when the connection broke after sending it: the outcome is unknown', async () => {
    const [droplet] = freshDroplets(1);
    const id = droplet!.id;
    const size = biggerSize(droplet!);
    const before = sentBodies.length;
    const started = await start({ kind: 'resize-after-power-off', id, size });
    await settleNow();
    // The power-off went through; now the resize's answer will be lost on the way back.
    breakAfterSending.add(`POST /v2/droplets/${id}/actions`);
    const ended = await untilEnded(started.id);
    expect(ended.status).toBe('failed');
    expect(stepNamed(ended, 'resize')).toMatchObject({
      status: 'failed',
      sentAt: expect.any(String),
      error: { kind: 'network', message: expect.stringMatching(/^Outcome unknown — .*Check the droplet before trying again\.$/) },
    });
    for (let minute = 0; minute < 10; minute += 1) await harness.scheduler.advance(60);
    expect(actionPosts(id, 'resize', before)).toBe(1);
    // It had reached DigitalOcean: the Droplet did resize, which is why it must not be sent twice.
    expect(sizeOf(id)).toBe(size);
  });

  it('refuses a second flow on a droplet while one runs', async () => {
    const [droplet] = freshDroplets(1);
    const id = droplet!.id;
    const first = await start({ kind: 'resize-after-power-off', id, size: biggerSize(droplet!) });
    await expect(start({ kind: 'resize-after-power-off', id, size: biggerSize(droplet!) })).rejects.toMatchObject({
      detail: { kind: 'conflict', message: 'A resize is already under way on this droplet.' },
    });
    await expect(harness.call('workflows.dismiss', { id: first.id })).rejects.toMatchObject({ detail: { kind: 'conflict' } });
    await untilEnded(first.id);
    await harness.call('workflows.dismiss', { id: first.id });
    expect((await list()).some((workflow) => workflow.id === first.id)).toBe(false);
  });
});

describe('a batch sent one request per droplet', () => {
  const byTarget = (workflow: Workflow) => Object.fromEntries(workflow.steps.map((step) => [step.dropletId, step]));

  it('starts the action on every droplet that takes it, keeps DigitalOcean’s words for the others, and retries nothing', async () => {
    const [locked, broken, ...rest] = freshDroplets(6);
    await harness.call('droplets.runAction', { id: locked!.id, action: { type: 'shutdown' } });
    // A 500 after the POST took effect: a retry would start a second action, so none may follow.
    harness.sim.faults.failRequests({ path: `/v2/droplets/${broken!.id}/actions`, method: 'POST', status: 500, afterEffect: true });
    const ids = [rest[0]!.id, locked!.id, rest[1]!.id, broken!.id, rest[2]!.id, rest[3]!.id, rest[0]!.id];
    const before = sentBodies.length;
    mostWritesInFlight = 0;

    const started = await start({ kind: 'bulk-action', ids, action: { type: 'power_cycle' } });
    expect(started.resource.ids).toEqual([rest[0]!.id, locked!.id, rest[1]!.id, broken!.id, rest[2]!.id, rest[3]!.id]);
    await settleNow();
    const ended = await current(started.id);

    expect(ended.status).toBe('failed');
    const steps = byTarget(ended);
    expect(steps[locked!.id]).toMatchObject({
      status: 'failed',
      error: { kind: 'conflict', message: 'Droplet already has a pending event.', status: 422, requestId: expect.any(String) },
    });
    expect(steps[broken!.id]).toMatchObject({ status: 'failed', error: { kind: 'server', status: 500, requestId: expect.any(String) } });
    for (const droplet of rest) expect(steps[droplet.id]?.status).toBe('done');

    for (const droplet of [locked!, broken!, ...rest]) expect(actionPosts(droplet.id, 'power_cycle', before), `POSTs to ${droplet.name}`).toBe(1);
    expect(sentBodies.slice(before).filter((sent) => sent.method === 'POST')).toHaveLength(6);
    expect(mostWritesInFlight).toBeLessThanOrEqual(3);
    const following = harness.core.tracker.list().map((action) => action.resource.id);
    expect(following).toEqual(expect.arrayContaining(rest.map((droplet) => droplet.id)));

    for (let minute = 0; minute < 10; minute += 1) await harness.scheduler.advance(60);
    expect(sentBodies.slice(before).filter((sent) => sent.method === 'POST')).toHaveLength(6);
  });

  it('sums up the settles of one batch in one summary: the completed and the failed, counted', async () => {
    const targets = freshDroplets(5);
    const [failing] = targets;
    harness.sim.faults.failActions({ type: 'reboot', resourceId: failing!.id });
    const told: { settled: number; batch: unknown[] } = { settled: 0, batch: [] };
    const stop = harness.core.events.subscribe((event, payload) => {
      if (event === 'actions.settled' && (payload as { batch?: string }).batch !== undefined) told.settled += 1;
      if (event === 'actions.batchSettled') told.batch.push(payload);
    });
    try {
      const started = await start({ kind: 'bulk-action', ids: targets.map((droplet) => droplet.id), action: { type: 'reboot' } });
      await settleNow();
      for (let minute = 0; minute < 10 && told.batch.length === 0; minute += 1) await harness.scheduler.advance(60);

      expect(told.settled).toBe(5);
      expect(told.batch).toEqual([
        { batch: started.id, type: 'reboot', resourceType: 'droplet', completed: 4, failures: [{ resource: { type: 'droplet', id: failing!.id, name: failing!.name } }] },
      ]);
    } finally {
      stop();
    }
  });

  it('names each droplet’s snapshot from the pattern', async () => {
    const targets = freshDroplets(2);
    const before = sentBodies.length;
    const started = await start({ kind: 'bulk-action', ids: targets.map((droplet) => droplet.id), action: { type: 'snapshot' }, snapshotPattern: ' pre-upgrade-{droplet} ' });
    await settleNow();
    expect((await current(started.id)).status).toBe('done');
    const names = sentBodies.slice(before).map((sent) => (sent.body as { name?: string }).name);
    expect(names.sort()).toEqual(targets.map((droplet) => `pre-upgrade-${droplet.name}`).sort());
  });

  it('deletes each droplet with its own DELETE, once, and lists the one DigitalOcean does not know', async () => {
    const targets = freshDroplets(3);
    const gone = 987_654;
    const before = sentBodies.length;
    const started = await start({ kind: 'bulk-delete', ids: [targets[0]!.id, gone, targets[1]!.id, targets[2]!.id] });
    await settleNow();
    const ended = await current(started.id);
    expect(ended.status).toBe('failed');
    expect(byTarget(ended)[gone]).toMatchObject({ status: 'failed', error: { kind: 'not_found', status: 404 } });
    for (const droplet of targets) {
      expect(byTarget(ended)[droplet.id]?.status).toBe('done');
      expect(harness.sim.state.droplets.has(droplet.id)).toBe(false);
    }
    const deletes = sentBodies.slice(before).map((sent) => `${sent.method} ${sent.path}`);
    expect(deletes.sort()).toEqual([gone, ...targets.map((droplet) => droplet.id)].map((id) => `DELETE /v2/droplets/${id}`).sort());
  });
});

describe('delete with associated resources', () => {
  it('follows DigitalOcean’s status, waits for a decision when something is left, and retries it once when asked', async () => {
    const [droplet] = freshDroplets(1);
    const id = droplet!.id;
    harness.sim.faults.failActions({ type: 'destroy', resourceId: id });
    const before = sentBodies.length;
    const started = await start({ kind: 'delete-with-resources', id, resources: 'all' });
    const left = await untilEnded(started.id);
    expect(left.status).toBe('needs-decision');
    expect(left.kind === 'delete-with-resources' && left.deleteStatus).toMatchObject({ failures: expect.any(Number), completed_at: expect.any(String) });
    expect(stepNamed(left, 'follow')).toMatchObject({ status: 'failed', error: { message: expect.stringMatching(/^DigitalOcean could not delete \d+ of them\.$/) } });
    expect(harness.sim.state.droplets.has(id)).toBe(true);

    const retried = (await harness.call('workflows.retry', { id: started.id })) as Workflow;
    expect(retried.status).toBe('running');
    const done = await untilEnded(started.id);
    expect(done.status).toBe('done');
    expect(stepsOf(done)).toMatchObject({ delete: 'done', 'retry-1': 'done', 'follow-1': 'done' });
    expect(harness.sim.state.droplets.has(id)).toBe(false);
    const writes = sentBodies.slice(before).filter((sent) => sent.method !== 'GET').map((sent) => `${sent.method} ${sent.path}`);
    expect(writes).toEqual([
      `DELETE /v2/droplets/${id}/destroy_with_associated_resources/dangerous`,
      `POST /v2/droplets/${id}/destroy_with_associated_resources/retry`,
    ]);

    await expect(harness.call('workflows.retry', { id: started.id })).rejects.toMatchObject({ detail: { kind: 'conflict' } });
  });

  it('deletes the droplet with the snapshots chosen, and keeps the others', async () => {
    const [droplet] = freshDroplets(1);
    const id = droplet!.id;
    for (const name of ['kept-snapshot', 'chosen-snapshot']) {
      await harness.call('droplets.runAction', { id, action: { type: 'snapshot', name } });
      for (let minute = 0; minute < 180 && harness.core.tracker.list().some((action) => action.resource.id === id); minute += 1) await harness.scheduler.advance(60);
    }
    const images = harness.sim.state.images;
    const snapshotNamed = (name: string) => harness.sim.state.droplets.get(id)?.snapshotIds.find((snapshot) => images.get(snapshot)?.name === name);
    const chosen = snapshotNamed('chosen-snapshot');
    const kept = snapshotNamed('kept-snapshot');
    if (chosen === undefined || kept === undefined) throw new Error('the snapshots were not taken');

    const started = await start({ kind: 'delete-with-resources', id, resources: { snapshots: [String(chosen)] } });
    const ended = await untilEnded(started.id);
    expect(ended.status).toBe('done');
    expect(ended.kind === 'delete-with-resources' && ended.deleteStatus).toMatchObject({
      droplet: { id: String(id), destroyed_at: expect.any(String) },
      resources: { snapshots: [{ id: String(chosen) }] },
      failures: 0,
    });
    expect(harness.sim.state.droplets.has(id)).toBe(false);
    expect(images.has(chosen)).toBe(false);
    expect(images.has(kept)).toBe(true);
  });

  it('shows DigitalOcean’s refusal of the delete itself', async () => {
    const [droplet] = freshDroplets(1);
    const started = await start({ kind: 'delete-with-resources', id: droplet!.id, resources: { reservedIps: ['203.0.113.50'] } });
    await settleNow();
    const ended = await current(started.id);
    expect(ended.status).toBe('failed');
    expect(stepNamed(ended, 'delete').error).toMatchObject<Partial<PanelError>>({ kind: 'validation', status: 422, message: 'Not associated with this Droplet: 203.0.113.50.' });
  });
});

describe('the account changing', () => {
  it('stops a workflow before its next request and forgets it', async () => {
    const [droplet] = freshDroplets(1);
    const id = droplet!.id;
    const before = sentBodies.length;
    const started = await start({ kind: 'resize-after-power-off', id, size: biggerSize(droplet!) });
    await settleNow();
    harness.core.workflows.reset();
    for (let minute = 0; minute < 5; minute += 1) await harness.scheduler.advance(60);
    expect(actionPosts(id, 'power_off', before)).toBe(1);
    expect(actionPosts(id, 'resize', before)).toBe(0);
    expect((await list()).some((workflow) => workflow.id === started.id)).toBe(false);
  });

  it('never shows the token in a log line', () => {
    expect(harness.lines.join('\n')).not.toContain(harness.token);
  });
});
