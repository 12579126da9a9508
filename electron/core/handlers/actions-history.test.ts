import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ActionHistoryPage } from '../../../shared/action-history-types';
import { startSimulatedCore, type SimulatedCore } from '../testing/simulated-core';

let harness: SimulatedCore;

beforeAll(async () => {
  harness = await startSimulatedCore();
});

afterAll(() => harness.close());

const history = async (request: unknown): Promise<ActionHistoryPage> =>
  (await harness.call('actions.history', request)) as ActionHistoryPage;

describe('the account’s action history', () => {
  it('answers one page, newest first, with the total', async () => {
    const first = await history({ perPage: 3 });
    expect(first).toMatchObject({ page: 1, perPage: 3, total: harness.sim.world.store.actions.size });
    expect(first.actions).toHaveLength(3);
    const started = first.actions.map((action) => Date.parse(action.started_at ?? ''));
    expect(started).toEqual([...started].sort((a, b) => b - a));
  });

  it('pages through the whole history without gaps or repeats', async () => {
    const { total } = await history({});
    const ids: number[] = [];
    for (let page = 1; page <= Math.ceil(total / 4); page += 1) {
      ids.push(...(await history({ page, perPage: 4 })).actions.map((action) => action.id ?? 0));
    }
    expect(ids).toHaveLength(total);
    expect(new Set(ids).size).toBe(total);
  });

  it('shows 20 a page unless asked, and an empty page past the end', async () => {
    const { actions, perPage, total } = await history({});
    expect(perPage).toBe(20);
    expect(actions).toHaveLength(Math.min(20, total));
    await expect(history({ page: 1000 })).resolves.toMatchObject({ actions: [], page: 1000, total });
  });

  it('refuses pages it cannot ask DigitalOcean for', async () => {
    for (const request of [{ page: 0 }, { perPage: 201 }]) {
      await expect(history(request)).rejects.toMatchObject({ detail: { kind: 'validation' } });
    }
  });
});
