import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StartedAction } from '../../../shared/action-types';
import type { Exchange } from '../../../simulator/server';
import type { Action } from '../../../shared/do-types';
import type { DoClient } from '../do-client';
import { AppError } from '../errors';
import { startSimulatedCore, type SimulatedCore } from '../testing/simulated-core';
import { postActionOnce } from './post-action-once';

/*
 * An action request whose answer is lost, on the simulator's virtual clock: the simulator drops the
 * connection (or answers 5xx) after or before acting, and the handler must resolve the doubt by
 * reading the account's actions, never by sending again.
 */

let harness: SimulatedCore;
const exchanges: Exchange[] = [];

beforeAll(async () => {
  harness = await startSimulatedCore({ seed: 'large:30', observe: (exchange) => exchanges.push(exchange) });
});

afterAll(() => harness.close());

const taken = new Set<number>();
const freshDroplet = (): { id: number; name: string } => {
  const found = [...harness.sim.state.droplets.values()].find((droplet) => droplet.status === 'active' && !taken.has(droplet.id));
  if (!found) throw new Error('the seed has too few running Droplets');
  taken.add(found.id);
  return found;
};

const actionsPath = '/v2/droplets/{droplet_id}/actions';

/** Runs the action and counts what went out meanwhile; the POSTs the simulator saw answer included, dropped ones from its state. */
const runAction = async (id: number, type: string) => {
  const before = harness.sim.state.actionsOf('droplet', id).filter((action) => action.type === type).length;
  const from = exchanges.length;
  const outcome = await harness.call('droplets.runAction', { id, action: { type } }).then(
    (value) => ({ ok: true as const, value: value as StartedAction }),
    (error: Error & { detail: { kind: string; message: string } }) => ({ ok: false as const, error: error.detail }),
  );
  const started = harness.sim.state.actionsOf('droplet', id).filter((action) => action.type === type).length - before;
  const reads = exchanges.slice(from).filter((exchange) => exchange.method === 'GET' && exchange.route === '/v2/actions').length;
  return { outcome, started, reads };
};

describe('an action request that may have reached DigitalOcean', () => {
  it('adopts and tracks the action when the connection dropped after DigitalOcean started it', async () => {
    const droplet = freshDroplet();
    harness.sim.faults.failRequests({ method: 'POST', path: actionsPath, reset: true, afterEffect: true });
    const { outcome, started, reads } = await runAction(droplet.id, 'reboot');

    expect(started).toBe(1);
    expect(reads).toBe(1);
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.value.action).toMatchObject({ type: 'reboot', resource_id: droplet.id, status: 'in-progress' });
    // Tracked as the user's own, and marked found after the failed send so every view can say why it was not sent again.
    expect(outcome.value.tracked).toMatchObject({ type: 'reboot', startedByUser: true, foundAfter: 'connection', resource: { id: droplet.id, name: droplet.name } });
  });

  it('adopts it too after a 5xx answer sent once the request took effect', async () => {
    const droplet = freshDroplet();
    harness.sim.faults.failRequests({ method: 'POST', path: actionsPath, status: 503, afterEffect: true });
    const { outcome, started } = await runAction(droplet.id, 'power_cycle');
    expect(started).toBe(1);
    expect(outcome).toMatchObject({ ok: true, value: { action: { type: 'power_cycle', resource_id: droplet.id }, tracked: { foundAfter: 'server' } } });
  });

  it('marks nothing when the send simply succeeded', async () => {
    const droplet = freshDroplet();
    const { outcome } = await runAction(droplet.id, 'reboot');
    expect(outcome.ok && outcome.value.tracked).toMatchObject({ type: 'reboot', startedByUser: true });
    expect(outcome.ok && outcome.value.tracked && 'foundAfter' in outcome.value.tracked).toBe(false);
  });

  it('says it did not start when the connection dropped before DigitalOcean acted, and sends nothing again', async () => {
    const droplet = freshDroplet();
    harness.sim.faults.failRequests({ method: 'POST', path: actionsPath, reset: true });
    const { outcome, started, reads } = await runAction(droplet.id, 'reboot');

    expect(started).toBe(0);
    expect(reads).toBe(1);
    expect(outcome).toMatchObject({ ok: false, error: { kind: 'network', message: expect.stringContaining(`It did not start`) } });
    expect(harness.core.tracker.list().filter((action) => action.resource.id === droplet.id)).toEqual([]);
  });

  it('does not take an earlier action of the same type for the lost one', async () => {
    const droplet = freshDroplet();
    await harness.call('droplets.runAction', { id: droplet.id, action: { type: 'reboot' } });
    await harness.scheduler.advance(600);
    harness.sim.faults.failRequests({ method: 'POST', path: actionsPath, reset: true });
    const { outcome, started } = await runAction(droplet.id, 'reboot');
    expect(started).toBe(0);
    expect(outcome).toMatchObject({ ok: false, error: { message: expect.stringContaining('It did not start') } });
  });

  it('says the outcome is unknown when it cannot even read the account’s actions', async () => {
    const droplet = freshDroplet();
    harness.sim.faults.failRequests({ method: 'POST', path: actionsPath, reset: true, afterEffect: true });
    // Refused, so not retried either: the answer comes at once.
    harness.sim.faults.failRequests({ method: 'GET', path: '/v2/actions', status: 403 });
    const { outcome, started } = await runAction(droplet.id, 'reboot');

    expect(started).toBe(1);
    expect(outcome).toMatchObject({ ok: false, error: { kind: 'network', message: expect.stringContaining('could not check whether it started') } });
  });

  it('passes a refusal through untouched: a 422 never reached the point of acting', async () => {
    const droplet = freshDroplet();
    await harness.call('droplets.runAction', { id: droplet.id, action: { type: 'power_off' } });
    const { outcome, reads } = await runAction(droplet.id, 'reboot');
    expect(reads).toBe(0);
    expect(outcome).toMatchObject({ ok: false, error: { kind: 'conflict' } });
  });
});

describe('recognising the lost action when the clocks disagree', () => {
  const lost = () => Promise.reject(AppError.of('network', 'socket hang up'));
  const reboot = (id: number, startedAt: string) => ({ id, type: 'reboot', status: 'in-progress', resource_type: 'droplet', resource_id: 7, started_at: startedAt }) as Action;
  /** A client whose account feed holds `actions`, newest first. */
  const feed = (actions: Action[]) => ({ actions: { list: () => Promise.resolve({ items: actions }) } }) as unknown as DoClient;
  // The panel's clock runs a minute fast: by time alone, DigitalOcean's record looks older than the send.
  const sentAtMs = Date.parse('2026-12-07T10:01:00Z');

  it('goes by action ids when the panel has read the feed before the send', async () => {
    const client = feed([reboot(502, '2026-12-07T10:00:01Z'), reboot(500, '2026-12-07T09:59:00Z')]);
    const found = await postActionOnce(client, { type: 'reboot', resourceType: 'droplet', resourceId: 7, resourceName: 'web', sentAtMs, newerThanId: 501 }, lost);
    expect(found).toMatchObject({ action: { id: 502 }, foundAfter: 'connection' });
    // One the feed already showed before the send is not it, however recent.
    await expect(
      postActionOnce(feed([reboot(500, '2026-12-07T10:01:00Z')]), { type: 'reboot', resourceType: 'droplet', resourceId: 7, resourceName: 'web', sentAtMs, newerThanId: 501 }, lost),
    ).rejects.toMatchObject({ detail: { kind: 'network', message: expect.stringMatching(/did not start/) } });
  });

  it('without a read of the feed before the send, it can only go by the clocks, with 5 s of slack', async () => {
    const client = feed([reboot(502, '2026-12-07T10:00:01Z')]);
    await expect(postActionOnce(client, { type: 'reboot', resourceType: 'droplet', resourceId: 7, resourceName: 'web', sentAtMs }, lost)).rejects.toMatchObject({
      detail: { message: expect.stringMatching(/did not start/) },
    });
  });
});
