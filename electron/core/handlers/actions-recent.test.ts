import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ActionSettled, StartedAction } from '../../../shared/action-types';
import type { CurrentAccount } from '../../../shared/account-types';
import { startSimulatedCore, type SimulatedCore } from '../testing/simulated-core';

let harness: SimulatedCore;

beforeAll(async () => {
  harness = await startSimulatedCore();
});

afterAll(() => harness.close());

const recent = async (): Promise<ActionSettled[]> => (await harness.call('actions.recent')) as ActionSettled[];

const dropletId = (name: string): number => {
  const droplet = [...harness.sim.state.droplets.values()].find((candidate) => candidate.name === name);
  if (!droplet) throw new Error(`the demo seed has no Droplet ${name}`);
  return droplet.id;
};

/** Starts an action and moves the virtual clock until the tracker has seen it settle. */
const runToEnd = async (name: string, type: string): Promise<StartedAction> => {
  const started = (await harness.call('droplets.runAction', { id: dropletId(name), action: { type } })) as StartedAction;
  for (let step = 0; step < 120; step += 1) {
    if ((await recent()).some((entry) => entry.action.id === started.action.id)) return started;
    await harness.scheduler.advance(5);
  }
  throw new Error(`${type} on ${name} did not settle`);
};

describe('the recently settled actions', () => {
  it('is empty before anything settles', async () => {
    await expect(recent()).resolves.toEqual([]);
  });

  it('lists what settled, newest first, with outcome, duration and resource', async () => {
    const first = await runToEnd('web-prod-01', 'reboot');
    const second = await runToEnd('web-prod-02', 'power_cycle');

    const list = await recent();
    expect(list.map((entry) => entry.action.id)).toEqual([second.action.id, first.action.id]);
    expect(list[0]).toMatchObject({
      outcome: 'completed',
      startedByUser: true,
      resource: { type: 'droplet', id: dropletId('web-prod-02'), name: 'web-prod-02' },
      action: { type: 'power_cycle', status: 'completed' },
    });
    expect(list[0]?.durationMs).toBeGreaterThan(0);
  });

  it('keeps the last 50, one entry per action', async () => {
    const resource = { type: 'droplet' as const, id: 1, name: 'elsewhere-1' };
    const settledAt = (id: number): ActionSettled => ({
      action: {
        key: `action:${id}`,
        kind: 'action',
        id,
        type: 'snapshot',
        resource,
        startedAt: '2026-01-01T00:00:00Z',
        completedAt: '2026-01-01T00:01:00Z',
        startedByUser: false,
        elapsedMs: 60_000,
        status: 'completed',
      },
      outcome: 'completed',
      durationMs: 60_000,
      resource,
      startedByUser: false,
    });
    for (let id = 900_000; id < 900_055; id += 1) harness.core.events.emit('actions.settled', settledAt(id));
    harness.core.events.emit('actions.settled', settledAt(900_054));

    const ids = (await recent()).map((entry) => entry.action.id);
    expect(ids).toHaveLength(50);
    expect(ids[0]).toBe(900_054);
    expect(ids.at(-1)).toBe(900_005);
    expect(new Set(ids).size).toBe(50);
  });

  it('forgets the last account’s actions when the account changes', async () => {
    const current = (await harness.call('accounts.current')) as CurrentAccount;
    if (current.state !== 'active') throw new Error('the simulated core has no active account');
    expect(await recent()).not.toEqual([]);
    await harness.call('accounts.switch', { id: current.account.id });
    await expect(recent()).resolves.toEqual([]);
  });
});
