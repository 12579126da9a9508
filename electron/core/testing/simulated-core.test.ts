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
