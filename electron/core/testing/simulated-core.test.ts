import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulatedCore, type SimulatedCore } from './simulated-core';

let harness: SimulatedCore;

beforeAll(async () => {
  harness = await startSimulatedCore();
});

afterAll(() => harness.close());

describe('the simulated core', () => {
  it('works as an account of the simulator', async () => {
    await expect(harness.call('accounts.current')).resolves.toMatchObject({ state: 'active' });
    await expect(harness.call('app.info')).resolves.toMatchObject({ apiBaseUrl: harness.sim.url });
  });

  it('adopts the actions already running on the account, and follows them on the virtual clock', async () => {
    // The demo seed opens with a snapshot and a droplet creation in flight.
    await harness.scheduler.advance(1);
    const tracked = (await harness.call('actions.tracked')) as Array<{ startedByUser: boolean }>;
    expect(tracked.length).toBeGreaterThan(0);
    expect(tracked.every((action) => !action.startedByUser)).toBe(true);
    await harness.scheduler.advance(3 * 3600);
    await expect(harness.call('actions.tracked')).resolves.toEqual([]);
  });

  it('never logs the token', () => {
    expect(harness.lines.length).toBeGreaterThan(0);
    expect(harness.lines.join('\n')).not.toContain(harness.token);
  });
});

describe('the idle watch of a simulated core, as the window is hidden and shown', () => {
  it('reads the account’s newest actions at most 12 times an hour while hidden, at most 60 while shown', async () => {
    let reads = 0;
    const idle = await startSimulatedCore({
      seed: 'empty',
      observe: (exchange) => {
        if (exchange.method === 'GET' && exchange.route === '/v2/actions') reads += 1;
      },
    });
    try {
      await expect(idle.call('app.windowVisibility', { hidden: true })).resolves.toEqual({ hidden: true });
      reads = 0;
      await idle.scheduler.advance(3600);
      expect(reads).toBe(12);
      await idle.call('app.windowVisibility', { hidden: false });
      reads = 0;
      await idle.scheduler.advance(3600);
      expect(reads).toBe(60);
    } finally {
      await idle.close();
    }
  });
});
