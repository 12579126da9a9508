import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Droplet } from '../../../shared/do-types';
import type { StartedAction } from '../../../shared/action-types';
import type { DropletRow } from '../../../shared/droplet-types';
import { startObservedCore, type ObservedCore } from '../testing/observed-core';
import { MEASURE_AFTER_MS } from './work-size';

let harness: ObservedCore;
let ids: Map<string, number>;

beforeAll(async () => {
  harness = await startObservedCore();
  ids = new Map([...harness.sim.state.droplets.values()].map((droplet) => [droplet.name, droplet.id]));
});

afterAll(() => harness.close());

const idOf = (name: string): number => {
  const id = ids.get(name);
  if (id === undefined) throw new Error(`the demo account has no Droplet ${name}`);
  return id;
};

const sentBy = async <T>(operation: string, request: unknown): Promise<{ value: T; sent: string[] }> => {
  const before = harness.exchanges.length;
  const value = await harness.run<T>(operation, request);
  return { value, sent: harness.exchanges.slice(before).map((exchange) => `${exchange.method} ${exchange.route ?? exchange.pathname}`) };
};

const settledFor = (started: StartedAction) => harness.settled.find((event) => event.action.id === started.action.id);

const post = 'POST /v2/droplets/{droplet_id}/actions';

describe('running an action on a Droplet', () => {
  it.each([
    [{ id: 1, action: { type: 'destroy' } }, 'action.type'],
    [{ id: 1, action: { type: 'resize' } }, 'action.size'],
    [{ id: 1, action: { type: 'rename', name: 'web_01' } }, 'action.name'],
    [{ id: 0, action: { type: 'reboot' } }, 'id'],
  ])('refuses %j before asking DigitalOcean anything', async (request, path) => {
    const { error, sent } = await harness.refusal('droplets.runAction', request);
    expect(error.kind).toBe('validation');
    expect(error.issues?.map((issue) => issue.path)).toContain(path);
    expect(sent).toEqual([]);
  });

  it('refuses by tag a type DigitalOcean does not run by tag, before asking it anything', async () => {
    const { error, sent } = await harness.refusal('droplets.runActionByTag', { tagName: 'web', action: { type: 'reboot' } });
    expect(error).toMatchObject({ kind: 'validation', issues: [{ path: 'action.type', message: expect.stringMatching(/By tag/) }] });
    expect(sent).toEqual([]);
  });

  it('follows a power_off to completion, and a Droplet busy with it refuses the next action with DigitalOcean’s words', async () => {
    const id = idOf('web-prod-02');
    // Not listed yet: the Droplet is read for its name before the action is sent, never after.
    const { value: started, sent } = await sentBy<StartedAction>('droplets.runAction', { id, action: { type: 'power_off' } });
    expect(sent).toEqual(['GET /v2/droplets/{droplet_id}', post]);
    expect(started.action).toMatchObject({ type: 'power_off', status: 'in-progress', resource_id: id });
    expect(started.tracked).toMatchObject({
      id: started.action.id,
      type: 'power_off',
      status: 'in-progress',
      resource: { type: 'droplet', id, name: 'web-prod-02' },
      startedByUser: true,
      progress: { kind: 'estimate', basis: 'prior' },
    });

    const { error, sent: busy } = await harness.refusal('droplets.runAction', { id, action: { type: 'power_on' } });
    expect(error).toEqual({ kind: 'conflict', message: 'Droplet already has a pending event.', status: 422, requestId: expect.any(String) });
    expect(busy).toEqual([post]);

    await harness.advanceUntil(() => settledFor(started) !== undefined);
    expect(settledFor(started)).toMatchObject({ outcome: 'completed', startedByUser: true, resource: { name: 'web-prod-02' } });
    await expect(harness.run<Droplet>('droplets.get', { id })).resolves.toMatchObject({ status: 'off', locked: false });
  });

  it('sizes a snapshot of a Droplet without earlier snapshots by its disk, as an upper bound, from the list without asking again', async () => {
    const rows = await harness.run<DropletRow[]>('droplets.list');
    // One the demo's seeded history never snapshotted: staging-web.
    const web = rows.find((candidate) => candidate.status === 'active' && harness.sim.state.droplets.get(candidate.id)?.snapshotIds.length === 0) as DropletRow;
    expect(web.name).toBe('staging-web');
    const { value: started, sent } = await sentBy<StartedAction>('droplets.runAction', { id: web.id, action: { type: 'snapshot', name: 'web-before-upgrade' } });
    expect(sent).toEqual([post]);
    const expectedMs = web.size.diskGb * 120_000;
    expect(started.tracked?.progress).toEqual({
      kind: 'estimate',
      fraction: 0,
      etaMs: expectedMs,
      expectedMs,
      lowMs: expectedMs / 2,
      highMs: expectedMs * 2,
      basis: 'prior',
      upperBound: true,
    });
    await harness.advanceUntil(() => settledFor(started) !== undefined);
    expect(settledFor(started)?.outcome).toBe('completed');
    expect([...harness.sim.state.images.values()].some((image) => image.name === 'web-before-upgrade')).toBe(true);
    // The snapshot it made is measured a little later (the window's own reads go first): a minute on, it is learned.
    await harness.scheduler.advance(MEASURE_AFTER_MS / 1000 + 1);
  });

  it('sizes a snapshot by the data the Droplet holds: its newest earlier snapshot’s size, asked for once as part of the click', async () => {
    await harness.run<DropletRow[]>('droplets.list');
    const db = [...harness.sim.state.droplets.values()].find((droplet) => droplet.name === 'db-primary') as { id: number; snapshotIds: number[] };
    const latest = harness.sim.state.images.get(Math.max(...db.snapshotIds)) as { sizeGigabytes: number };
    const { value: started, sent } = await sentBy<StartedAction>('droplets.runAction', { id: db.id, action: { type: 'snapshot', name: 'db-before-vacuum' } });
    expect(sent).toEqual(['GET /v2/images/{image_id}', post]);
    // staging-web's first snapshot above was estimated on its disk; once done, the snapshot it made said how much data it copied.
    const first = harness.settled.find((event) => event.action.type === 'snapshot' && event.resource.name === 'staging-web') as { durationMs: number };
    const made = [...harness.sim.state.images.values()].find((image) => image.name === 'web-before-upgrade') as { sizeGigabytes: number };
    const expectedMs = (first.durationMs / made.sizeGigabytes) * latest.sizeGigabytes;
    expect(started.tracked?.progress).toMatchObject({ kind: 'estimate', expectedMs: Math.round(expectedMs), basis: 'learned', samples: 1 });
    expect(started.tracked?.progress).not.toHaveProperty('upperBound');
    await harness.advanceUntil(() => settledFor(started) !== undefined);
  });

  it('sizes a disk resize by the new size’s disk and a restore by its backup', async () => {
    const id = idOf('ci-runner-01');
    const { value: resize, sent } = await sentBy<StartedAction>('droplets.runAction', { id, action: { type: 'resize', size: 'c-4', disk: true } });
    expect(sent).toEqual(['GET /v2/sizes', post]);
    // No prior for a disk resize, but the size is known: the estimate waits for history, not for a size.
    expect(resize.tracked?.progress).toEqual({ kind: 'indeterminate', reason: 'no-basis' });
    await harness.advanceUntil(() => settledFor(resize) !== undefined);
    await expect(harness.run<Droplet>('droplets.get', { id })).resolves.toMatchObject({ size_slug: 'c-4', disk: 50 });

    const web = idOf('web-prod-01');
    const [backup] = await harness.run<{ id: number }[]>('droplets.backups', { id: web });
    const { value: restore, sent: restoreSent } = await sentBy<StartedAction>('droplets.runAction', {
      id: web,
      action: { type: 'restore', image: backup?.id },
    });
    expect(restoreSent).toEqual(['GET /v2/droplets/{droplet_id}/backups', post]);
    expect(restore.tracked?.progress).toEqual({ kind: 'indeterminate', reason: 'no-basis' });
    await harness.advanceUntil(() => settledFor(restore) !== undefined);
  });

  it('runs an action for every Droplet with a tag and follows each', async () => {
    const started = await harness.run<StartedAction[]>('droplets.runActionByTag', { tagName: 'db', action: { type: 'snapshot' } });
    expect(started.map((one) => one.tracked?.resource.name).sort()).toEqual(['db-primary', 'db-replica']);
    expect(started.every((one) => one.tracked?.progress.kind === 'estimate')).toBe(true);
    await harness.advanceUntil(() => started.every((one) => settledFor(one)?.outcome === 'completed'));
    await expect(harness.run('actions.tracked')).resolves.toEqual([]);
  });

  it('never shows the token in an answer or a log line', () => {
    expect(JSON.stringify(harness.answers)).not.toContain(harness.token);
    expect(harness.lines.join('\n')).not.toContain(harness.token);
  });
});
