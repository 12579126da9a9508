import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ResponseOf } from '../../../shared/contract';
import type { StartedAction } from '../../../shared/action-types';
import type { DropletRow } from '../../../shared/droplet-types';
import type { Exchange } from '../../../simulator/server';
import { startSimulatedCore, type SimulatedCore } from '../testing/simulated-core';

type Outcomes = ResponseOf<'droplets.runActionEach'>;

let harness: SimulatedCore;
const exchanges: Exchange[] = [];

beforeAll(async () => {
  harness = await startSimulatedCore({ observe: (exchange) => exchanges.push(exchange) });
});

afterAll(() => harness.close());

const postsTo = (id: number, since: number): number =>
  exchanges.slice(since).filter((exchange) => exchange.method === 'POST' && exchange.pathname === `/v2/droplets/${id}/actions`).length;

const refusal = async (request: unknown) => {
  const before = exchanges.length;
  const error = await harness.call('droplets.runActionEach', request).then(
    () => null,
    (failure: { detail: { kind: string; issues?: { path: string }[] } }) => failure.detail,
  );
  return { error, sent: exchanges.length - before };
};

const inFlightIds = async (): Promise<number[]> =>
  ((await harness.call('actions.tracked')) as { resource: { id: number } }[]).map((action) => action.resource.id);

describe('running an action on each of several Droplets', () => {
  it.each([
    ['no ids', { ids: [], action: { type: 'power_cycle' } }, 'ids'],
    ['501 ids', { ids: Array.from({ length: 501 }, (_, index) => index + 1), action: { type: 'power_cycle' } }, 'ids'],
    ['an id that is not positive', { ids: [0], action: { type: 'power_cycle' } }, 'ids.0'],
    ['an action neither run by tag nor a reboot', { ids: [1], action: { type: 'rename', name: 'web-01' } }, 'action'],
  ])('refuses %s before asking DigitalOcean anything', async (_what, request, path) => {
    const { error, sent } = await refusal(request);
    expect(error?.kind).toBe('validation');
    expect(error?.issues?.map((issue) => issue.path)).toContain(path);
    expect(sent).toBe(0);
  });

  it('starts the action on every Droplet that takes it, reports the others with DigitalOcean’s words, and retries nothing', async () => {
    const rows = (await harness.call('droplets.list')) as DropletRow[];
    const [locked, broken, ...rest] = rows.filter((row) => row.status === 'active' && !row.locked).slice(0, 6);
    if (!locked || !broken || rest.length < 4) throw new Error('the demo seed has too few running Droplets');

    // An action still running locks the Droplet: DigitalOcean refuses the next one with a 422.
    const first = (await harness.call('droplets.runAction', { id: locked.id, action: { type: 'shutdown' } })) as StartedAction;
    expect(first.tracked?.status).toBe('in-progress');
    // A 500 after the POST took effect: a retry would start a second action, so none may follow.
    harness.sim.faults.failRequests({ path: `/v2/droplets/${broken.id}/actions`, method: 'POST', status: 500, afterEffect: true });

    const ids = [rest[0]!.id, locked.id, rest[1]!.id, broken.id, rest[2]!.id, rest[3]!.id, rest[0]!.id];
    const before = exchanges.length;
    const outcomes = (await harness.call('droplets.runActionEach', { ids, action: { type: 'power_cycle' } })) as Outcomes;

    expect(outcomes.map((outcome) => outcome.id)).toEqual([rest[0]!.id, locked.id, rest[1]!.id, broken.id, rest[2]!.id, rest[3]!.id]);
    const byId = new Map(outcomes.map((outcome) => [outcome.id, outcome]));
    expect(byId.get(locked.id)).toEqual({
      id: locked.id,
      outcome: 'failed',
      error: { kind: 'conflict', message: 'Droplet already has a pending event.', status: 422, requestId: expect.any(String) },
    });
    expect(byId.get(broken.id)).toMatchObject({ outcome: 'failed', error: { kind: 'server', status: 500 } });
    for (const row of rest.slice(0, 4)) {
      expect(byId.get(row.id)).toMatchObject({
        outcome: 'started',
        started: {
          action: { type: 'power_cycle', status: 'in-progress', resource_id: row.id },
          tracked: { type: 'power_cycle', resource: { type: 'droplet', id: row.id, name: row.name }, startedByUser: true },
        },
      });
    }

    // One POST per Droplet, the duplicate id included once, and nothing sent again after a failure.
    for (const id of [locked.id, broken.id, ...rest.slice(0, 4).map((row) => row.id)]) expect(postsTo(id, before), `POSTs to ${id}`).toBe(1);
    expect(exchanges.slice(before).filter((exchange) => exchange.method === 'POST')).toHaveLength(6);
    // The list had named them all: nothing was read on the way.
    expect(exchanges.slice(before).filter((exchange) => exchange.method !== 'POST')).toEqual([]);

    expect(await inFlightIds()).toEqual(expect.arrayContaining([locked.id, ...rest.slice(0, 4).map((row) => row.id)]));
    for (let minute = 0; minute < 30 && (await inFlightIds()).length > 0; minute += 1) await harness.scheduler.advance(60);
    expect(await inFlightIds()).toEqual([]);
  });

  it('reboots each Droplet too, which DigitalOcean does not run by tag', async () => {
    const rows = (await harness.call('droplets.list')) as DropletRow[];
    const [one, two] = rows.filter((row) => row.status === 'active' && !row.locked);
    if (!one || !two) throw new Error('the demo seed has too few running Droplets');
    const outcomes = (await harness.call('droplets.runActionEach', { ids: [one.id, two.id], action: { type: 'reboot' } })) as Outcomes;
    expect(outcomes.map((outcome) => outcome.outcome)).toEqual(['started', 'started']);
  });

  it('never shows the token in a log line', () => {
    expect(harness.lines.join('\n')).not.toContain(harness.token);
  });
});
