import { describe, expect, it } from 'vitest';
import type { EventName } from '../../shared/contract';
import { createApiReachability } from './api-reachability';

const recorder = () => {
  const emitted: [EventName, unknown][] = [];
  return { emitted, events: { emit: (event: EventName, payload: unknown) => void emitted.push([event, payload]) } };
};

describe('createApiReachability', () => {
  it('says nothing while DigitalOcean answers', () => {
    const { emitted, events } = recorder();
    const { report } = createApiReachability(events);
    report(true);
    report(true);
    expect(emitted).toEqual([]);
  });

  it('tells every unanswered request with when the silence began, and the recovery once', () => {
    const { emitted, events } = recorder();
    let clock = Date.parse('2026-12-06T14:02:00.000Z');
    const { report } = createApiReachability(events, () => clock);
    report(false);
    clock += 60_000;
    report(false);
    clock += 60_000;
    report(true);
    report(true);
    expect(emitted).toEqual([
      ['api.reachability', { reachable: false, since: '2026-12-06T14:02:00.000Z' }],
      ['api.reachability', { reachable: false, since: '2026-12-06T14:02:00.000Z' }],
      ['api.reachability', { reachable: true, since: '2026-12-06T14:04:00.000Z' }],
    ]);
  });

  it('starts a new silence after a recovery', () => {
    const { emitted, events } = recorder();
    let clock = 0;
    const { report } = createApiReachability(events, () => clock);
    report(false);
    report(true);
    clock = 5_000;
    report(false);
    expect(emitted.at(-1)).toEqual(['api.reachability', { reachable: false, since: new Date(5_000).toISOString() }]);
  });

  it('tells a window opened during a silence since when, and that all is well once DigitalOcean answers again', () => {
    const { events } = recorder();
    let clock = Date.parse('2026-12-06T14:02:00.000Z');
    const reachability = createApiReachability(events, () => clock);
    expect(reachability.current()).toEqual({ reachable: true });
    reachability.report(false);
    clock += 60_000;
    reachability.report(false);
    expect(reachability.current()).toEqual({ reachable: false, since: '2026-12-06T14:02:00.000Z' });
    reachability.report(true);
    expect(reachability.current()).toEqual({ reachable: true });
  });
});
