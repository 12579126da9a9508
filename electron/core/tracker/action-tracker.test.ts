import { afterEach, describe, expect, it } from 'vitest';
import type { ActionSettled, ActionsProgress, InFlightAction } from '../../../shared/action-types';
import { UNSUPPORTED_FORMAT_MESSAGE } from '../../../simulator/domain/images';
import type { Exchange } from '../../../simulator/server';
import { startTestApi, type TestApi } from '../../../simulator/test-client';
import { createEventBus } from '../event-bus';
import { createLogger, type LogLevel } from '../log';
import { createMemorySettingsStore, type SettingsStore } from '../settings-store';
import { createActionTracker, type ActionTracker, type TrackContext } from './action-tracker';
import { DEEPEST_ROW } from './account-actions-poll';
import { MAX_FINISHED_ELSEWHERE_PER_PAGE } from './adoption';
import { windowEnd } from './feed-positions';
import { estimatesKey } from './durations';
import { FAST_POLL_MS, LONG_POLL_MS } from './poll-policy';
import { NOTIFICATION_PREFERENCES_KEY } from './notification-policy';
import { createLockstepScheduler, type LockstepScheduler } from './testing/lockstep-scheduler';
import { createSimulatorClient } from './testing/simulator-client';
import type { ApiAction, ApiImage, TrackerClient } from './tracker-client';

/*
 * The tracker against the in-process simulator over real HTTP, on its virtual clock: the lockstep
 * scheduler moves simulated time to each tracker tick and waits for the tick's requests.
 */

interface Seen extends Exchange {
  at: number;
}

interface Received {
  name: string;
  payload: unknown;
  at: number;
}

interface Droplet {
  id: number;
  name: string;
  status: string;
  disk: number;
}

let api: TestApi | undefined;
let exchanges: Seen[];
let received: Received[];
let logLines: { level: LogLevel; line: string }[];
let scheduler: LockstepScheduler;
let settings: SettingsStore;
const trackers: ActionTracker[] = [];

afterEach(async () => {
  for (const tracker of trackers.splice(0)) tracker.stop();
  await api?.sim.close();
  api = undefined;
});

const sim = (): TestApi => {
  if (!api) throw new Error('no simulator');
  return api;
};

const setUp = async (seed = 'large:120'): Promise<void> => {
  exchanges = [];
  received = [];
  logLines = [];
  settings = createMemorySettingsStore();
  api = await startTestApi({ seed, observe: (exchange) => exchanges.push({ ...exchange, at: sim().sim.clock.now() }) });
  scheduler = createLockstepScheduler(api.sim.clock);
};

/** A tracker on the simulator; its resource names come from the simulator's state, as from loaded data. */
const newTracker = (
  wrap: (client: TrackerClient) => TrackerClient = (client) => client,
  idleWatchMs?: number,
  idleWatchHiddenMs?: number,
): ActionTracker => {
  const events = createEventBus();
  events.subscribe((name, payload) => received.push({ name, payload, at: scheduler.now() }));
  const { sim: simulator } = sim();
  const tracker = createActionTracker({
    client: wrap(createSimulatorClient(simulator.url, simulator.tokens[0] as string)),
    scheduler,
    settings,
    events,
    log: createLogger('tracker', { sink: (level, line) => logLines.push({ level, line }), level: 'debug' }),
    describe: (action) => {
      const droplet = action.resource_id ? simulator.state.droplets.get(action.resource_id) : undefined;
      return Promise.resolve(droplet ? { resourceName: droplet.name, sizeGigabytes: droplet.disk } : undefined);
    },
    idleWatchMs,
    ...(idleWatchHiddenMs === undefined ? {} : { idleWatchHiddenMs }),
  });
  trackers.push(tracker);
  return tracker;
};

const droplets = async (): Promise<Droplet[]> => {
  const response = await sim().get('/v2/droplets?per_page=200');
  return response.body.droplets as Droplet[];
};

const activeDroplets = async (count: number): Promise<Droplet[]> => {
  const active = (await droplets()).filter((droplet) => droplet.status === 'active');
  if (active.length < count) throw new Error(`only ${active.length} active Droplets`);
  return active.slice(0, count);
};

/** What the simulator always sends: an action with its id. */
type Action = ApiAction & { id: number };

const startAction = async (droplet: Droplet, body: Record<string, unknown>): Promise<Action> => {
  const response = await sim().post(`/v2/droplets/${droplet.id}/actions`, body);
  expect(response.status).toBe(201);
  return response.body.action as Action;
};

/** Newer actions on the account, already finished: they push the tracked ones down the list. */
const recordFinishedActions = (droplet: Droplet, count: number): void => {
  const { world } = sim().sim;
  for (let index = 0; index < count; index += 1) {
    world.engine.recordPast({ type: 'rename', resourceType: 'droplet', resourceId: droplet.id, regionSlug: null, startedAt: world.clock.now(), seconds: 3 });
  }
};

const actionById = async (id: number): Promise<ApiAction> => (await sim().get(`/v2/actions/${id}`)).body.action as ApiAction;

const context = (droplet: Droplet, extra: Partial<TrackContext> = {}): TrackContext => ({ resourceName: droplet.name, ...extra });

const settled = (): (ActionSettled & { at: number })[] =>
  received.filter((event) => event.name === 'actions.settled').map((event) => ({ ...(event.payload as ActionSettled), at: event.at }));

const progressEvents = (): ActionsProgress[] =>
  received.filter((event) => event.name === 'actions.progress').map((event) => event.payload as ActionsProgress);

const requests = (route: string): Seen[] => exchanges.filter((exchange) => exchange.method === 'GET' && exchange.route === route);

/** Advances in steps until `done` holds, so a long action does not need a guessed horizon. */
const advanceUntil = async (done: () => boolean, stepSeconds = 60, maxSeconds = 4 * 3600): Promise<void> => {
  for (let spent = 0; !done(); spent += stepSeconds) {
    if (spent >= maxSeconds) throw new Error('gave up waiting');
    await scheduler.advance(stepSeconds);
  }
};

const gaps = (times: readonly number[]): number[] => times.slice(1).map((time, index) => time - (times[index] as number));

describe('action tracker', () => {
  it('follows actions to completion, with progress on the way, durations and the resource touched', async () => {
    await setUp();
    const tracker = newTracker();
    const [first, second, third] = (await activeDroplets(3)) as [Droplet, Droplet, Droplet];
    const started = [
      await startAction(first, { type: 'power_off' }),
      await startAction(second, { type: 'power_off' }),
      await startAction(third, { type: 'reboot' }),
    ];
    tracker.track(started[0] as Action, context(first));
    tracker.track(started[1] as Action, context(second));
    tracker.track(started[2] as Action, context(third));
    expect(tracker.list().map((action) => action.id)).toEqual(started.map((action) => action.id));

    await scheduler.advance(60);

    const events = settled();
    expect(events.map((event) => event.action.id).sort()).toEqual(started.map((action) => action.id).sort());
    for (const event of events) {
      const final = await actionById(event.action.id);
      const droplet = [first, second, third].find((candidate) => candidate.id === final.resource_id) as Droplet;
      expect(event).toMatchObject({
        outcome: 'completed',
        startedByUser: true,
        resource: { type: 'droplet', id: droplet.id, name: droplet.name },
        action: { status: 'completed', completedAt: final.completed_at, startedAt: final.started_at, kind: 'action' },
      });
      const completedAt = Date.parse(final.completed_at as string);
      expect(event.durationMs).toBe(completedAt - Date.parse(final.started_at as string));
      // Settled within one tick of completing (the short-action poll interval), by the simulator's exact record.
      const exactCompletion = sim().sim.state.actions.get(event.action.id)?.completedAt as number;
      expect(event.at - exactCompletion).toBeGreaterThanOrEqual(0);
      expect(event.at - exactCompletion).toBeLessThanOrEqual(3000);
    }
    const withAllThree = progressEvents().find((event) => event.actions.length === 3);
    expect(withAllThree?.actions.every((action) => action.progress.kind === 'estimate' && action.progress.basis === 'prior')).toBe(true);
    expect(progressEvents().at(-1)).toEqual({ actions: [] });
    expect(tracker.list()).toEqual([]);
    expect(scheduler.pending()).toBe(0);
  });

  it('reports an action that ends errored, and learns nothing from it', async () => {
    await setUp();
    const tracker = newTracker();
    const [droplet] = (await activeDroplets(1)) as [Droplet];
    sim().sim.faults.failActions({ type: 'power_off' });
    const action = await startAction(droplet, { type: 'power_off' });
    tracker.track(action, context(droplet));

    await scheduler.advance(60);

    expect(settled()).toEqual([
      expect.objectContaining({ outcome: 'errored', resource: { type: 'droplet', id: droplet.id, name: droplet.name }, startedByUser: true }),
    ]);
    expect((await actionById(action.id)).status).toBe('errored');
    expect(settings.get(estimatesKey('default'))).toBeUndefined();
  });

  it('sends one GET /v2/actions per tick with 100 actions in flight', async () => {
    await setUp();
    const tracker = newTracker();
    const hundred = (await droplets()).slice(0, 100);
    for (const droplet of hundred) {
      tracker.track(await startAction(droplet, { type: 'snapshot' }), context(droplet, { sizeGigabytes: droplet.disk }));
    }
    expect(tracker.list()).toHaveLength(100);

    await scheduler.advance(300);

    expect(scheduler.fired()).toBeGreaterThan(10);
    expect(requests('/v2/actions')).toHaveLength(scheduler.fired());
    expect(requests('/v2/actions/{action_id}')).toHaveLength(0);
    expect(progressEvents().find((event) => event.actions.length === 100)).toBeDefined();
    expect(tracker.list().length + settled().length).toBe(100);
  });

  it('reads page 2, not by id, when a tracked action is pushed off page 1, then asks for a longer first page', async () => {
    await setUp();
    const lists: { perPage: number; page: number }[] = [];
    const tracker = newTracker((client) => ({
      ...client,
      listActions: (perPage, page = 1) => {
        lists.push({ perPage, page });
        return client.listActions(perPage, page);
      },
    }));
    const [droplet, other] = (await activeDroplets(2)) as [Droplet, Droplet];
    tracker.track(await startAction(droplet, { type: 'snapshot' }), context(droplet, { sizeGigabytes: droplet.disk }));
    await scheduler.advance(5);
    expect(lists.at(-1)).toEqual({ perPage: 21, page: 1 });

    recordFinishedActions(other, 40);
    const before = lists.length;
    await scheduler.advance(60);
    expect(requests('/v2/actions/{action_id}')).toHaveLength(0);
    // The tick after the burst: page 1, then page 2 of the same size, which holds row 40.
    expect(lists.slice(before, before + 2)).toEqual([
      { perPage: 21, page: 1 },
      { perPage: 21, page: 2 },
    ]);
    // From then on page 1 alone reaches it.
    expect(lists.slice(-3).every((read) => read.page === 1 && read.perPage > 41)).toBe(true);
    expect(tracker.list()).toHaveLength(1);
  });

  it('asks by id, at the action’s own pace, for one beyond the longest first page, until it ends', async () => {
    await setUp();
    const tracker = newTracker();
    const [droplet, other] = (await activeDroplets(2)) as [Droplet, Droplet];
    const snapshot = await startAction(droplet, { type: 'snapshot' });
    tracker.track(snapshot, context(droplet, { sizeGigabytes: droplet.disk }));
    await scheduler.advance(20);
    expect(requests('/v2/actions/{action_id}')).toHaveLength(0);

    recordFinishedActions(other, 250);
    await advanceUntil(() => settled().some((event) => event.action.id === snapshot.id), 30);
    // What finished elsewhere meanwhile is reported too, but only the newest few of a flood.
    expect(settled().filter((event) => !event.startedByUser).length).toBeLessThanOrEqual(MAX_FINISHED_ELSEWHERE_PER_PAGE);

    const byId = requests('/v2/actions/{action_id}');
    expect(byId.length).toBeGreaterThan(3);
    expect(byId.every((exchange) => exchange.pathname === `/v2/actions/${snapshot.id}`)).toBe(true);
    // Long work (50+ minutes expected): polled every 10 s, by id as on the page, and never twice in a tick.
    expect(Math.min(...gaps(byId.map((exchange) => exchange.at)))).toBe(LONG_POLL_MS);
    const final = await actionById(snapshot.id);
    expect(settled().find((event) => event.action.id === snapshot.id)).toMatchObject({ outcome: 'completed', action: { completedAt: final.completed_at } });
  });

  it('sends nothing while nothing is in flight, polls fast after a start and slower for long work', async () => {
    await setUp();
    const tracker = newTracker();
    await scheduler.advance(600);
    expect(exchanges.filter((exchange) => exchange.method === 'GET')).toHaveLength(0);
    expect(scheduler.pending()).toBe(0);

    const [big, small] = (await activeDroplets(2)) as [Droplet, Droplet];
    // 25 GB at two minutes per GB: long-running.
    tracker.track(await startAction(big, { type: 'snapshot' }), context(big, { sizeGigabytes: 25 }));
    await scheduler.advance(90);
    const intervals = gaps(requests('/v2/actions').map((exchange) => exchange.at));
    expect(intervals[0]).toBe(FAST_POLL_MS);
    expect(intervals.at(-1)).toBe(LONG_POLL_MS);

    // A short action brings back fast polling for everything, in the same single request.
    const before = requests('/v2/actions').length;
    tracker.track(await startAction(small, { type: 'power_off' }), context(small));
    await scheduler.advance(6);
    expect(requests('/v2/actions').length - before).toBe(3);

    tracker.reset();
    const after = exchanges.length;
    await scheduler.advance(600);
    expect(exchanges.length).toBe(after);
  });

  it('stops polling once the last action settles', async () => {
    await setUp();
    const tracker = newTracker();
    const [droplet] = (await activeDroplets(1)) as [Droplet];
    tracker.track(await startAction(droplet, { type: 'power_off' }), context(droplet));
    await advanceUntil(() => settled().length === 1, 5);
    const count = requests('/v2/actions').length;
    await scheduler.advance(3600);
    expect(requests('/v2/actions')).toHaveLength(count);
    expect(scheduler.pending()).toBe(0);
  });

  it('never estimates 100% before completion, and says so when the estimate is overrun', async () => {
    await setUp();
    const tracker = newTracker();
    const all = await activeDroplets(60);
    const droplet = all.find((candidate) => (sim().sim.state.droplets.get(candidate.id)?.usedGigabytes ?? 0) >= 3) as Droplet;
    const action = await startAction(droplet, { type: 'snapshot' });
    // Told the disk holds 1 GB: the prior expects two minutes; the snapshot takes at least six.
    tracker.track(action, context(droplet, { sizeGigabytes: 1 }));
    await advanceUntil(() => settled().length === 1, 30);

    const seen = progressEvents().flatMap((event) => event.actions.filter((tracked) => tracked.id === action.id));
    const fractions = seen.flatMap((tracked) => (tracked.progress.kind === 'estimate' ? [tracked.progress.fraction] : []));
    expect(fractions.length).toBeGreaterThan(5);
    expect(fractions.every((fraction) => fraction >= 0 && fraction < 1)).toBe(true);
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
    expect(seen.at(-1)?.progress).toEqual({ kind: 'indeterminate', reason: 'overdue' });
    expect(settled()[0]?.outcome).toBe('completed');
  });

  it('is indeterminate when there is no basis for an estimate', async () => {
    await setUp();
    const tracker = newTracker();
    const [first, second] = (await activeDroplets(2)) as [Droplet, Droplet];
    tracker.track(await startAction(first, { type: 'password_reset' }), context(first));
    tracker.track(await startAction(second, { type: 'snapshot' }), context(second));
    expect(tracker.list().map((action) => action.progress)).toEqual([
      { kind: 'indeterminate', reason: 'no-basis' },
      { kind: 'indeterminate', reason: 'size-unknown' },
    ]);
  });

  it('persists learned durations, and a new tracker estimates from them', async () => {
    await setUp();
    const first = newTracker();
    const [a, b] = (await activeDroplets(2)) as [Droplet, Droplet];
    first.track(await startAction(a, { type: 'password_reset' }), context(a));
    await advanceUntil(() => settled().length === 1, 5);
    const learnedMs = settled()[0]?.durationMs as number;
    expect(settings.get(estimatesKey('default'))).toEqual({ kinds: { password_reset: [{ ms: learnedMs }] } });
    first.stop();

    const second = newTracker();
    second.track(await startAction(b, { type: 'password_reset' }), context(b));
    expect(second.list()[0]?.progress).toMatchObject({ kind: 'estimate', basis: 'learned', expectedMs: learnedMs });
  });

  it('adopts actions already in progress on resume, as not started by the user, once', async () => {
    await setUp('demo');
    const tracker = newTracker();
    expect(await tracker.resume()).toBe(2);
    expect(await tracker.resume()).toBe(0);
    const adopted = tracker.list();
    expect(adopted.map((action) => [action.type, action.resource.name, action.startedByUser]).sort()).toEqual([
      ['create', 'ci-runner-02', false],
      ['snapshot', 'staging-api', false],
    ]);

    await advanceUntil(() => settled().length === 2);
    expect(settled().every((event) => event.outcome === 'completed' && !event.startedByUser)).toBe(true);
  });

  it('names an adopted action once the panel learns its droplet’s name, then settles it by that name', async () => {
    await setUp('demo');
    const names = new Map<number, string>();
    const events = createEventBus();
    events.subscribe((name, payload) => received.push({ name, payload, at: scheduler.now() }));
    const { sim: simulator } = sim();
    const tracker = createActionTracker({
      client: createSimulatorClient(simulator.url, simulator.tokens[0] as string),
      scheduler,
      settings,
      events,
      log: createLogger('tracker', { sink: () => undefined }),
      nameOf: (_type, id) => names.get(id),
    });
    trackers.push(tracker);
    await tracker.resume();
    const snapshot = tracker.list().find((action) => action.type === 'snapshot');
    expect(snapshot?.resource.name).toBe(`Droplet ${snapshot?.resource.id}`);

    // A droplets list loads meanwhile: from then on the action goes by the droplet's name.
    names.set(snapshot?.resource.id as number, 'staging-api');
    expect(tracker.list().find((action) => action.type === 'snapshot')?.resource.name).toBe('staging-api');
    await advanceUntil(() => settled().some((event) => event.action.type === 'snapshot'));
    expect(settled().find((event) => event.action.type === 'snapshot')?.resource.name).toBe('staging-api');
  });

  it('keeps trying to resume while DigitalOcean cannot be reached', async () => {
    await setUp('demo');
    const tracker = newTracker();
    sim().sim.faults.failRequests({ method: 'GET', path: '/v2/actions', status: 503, count: 2 });
    expect(await tracker.resume()).toBe(0);
    // Tries again after 5 s, then 10 s.
    await scheduler.advance(14);
    expect(tracker.list()).toHaveLength(0);
    await scheduler.advance(1);
    expect(tracker.list()).toHaveLength(2);
    expect(logLines.filter((entry) => entry.line.includes('could not look for actions in progress'))).toHaveLength(2);
  });

  it('follows actions started elsewhere that show up while it polls', async () => {
    await setUp();
    const tracker = newTracker();
    const [mine, theirs] = (await activeDroplets(2)) as [Droplet, Droplet];
    tracker.track(await startAction(mine, { type: 'snapshot' }), context(mine, { sizeGigabytes: mine.disk }));
    const elsewhere = await startAction(theirs, { type: 'power_off' });
    await scheduler.advance(2);
    expect(tracker.list().find((action) => action.id === elsewhere.id)).toMatchObject({
      startedByUser: false,
      resource: { type: 'droplet', id: theirs.id, name: theirs.name },
    });
    // The panel's own start wins if its track call arrives after the poll saw the action.
    tracker.track(elsewhere, context(theirs));
    expect(tracker.list().find((action) => action.id === elsewhere.id)?.startedByUser).toBe(true);
  });

  it('notices work started elsewhere while nothing is tracked, with one small read a minute', async () => {
    await setUp();
    const tracker = newTracker(undefined, 60_000);
    expect(await tracker.resume()).toBe(0);
    const afterResume = requests('/v2/actions').length;
    await scheduler.advance(10 * 60);
    const idleReads = requests('/v2/actions').slice(afterResume);
    expect(idleReads).toHaveLength(10);

    const [theirs] = (await activeDroplets(1)) as [Droplet];
    // A snapshot runs for minutes: long enough to be seen running at the next look.
    const elsewhere = await startAction(theirs, { type: 'snapshot' });
    await scheduler.advance(60);
    expect(tracker.list()).toEqual([expect.objectContaining({ id: elsewhere.id, startedByUser: false, resource: { type: 'droplet', id: theirs.id, name: theirs.name } })]);
    await advanceUntil(() => settled().length === 1, 10);
    expect(settled()[0]).toMatchObject({ outcome: 'completed', startedByUser: false });
    // Idle again: back to a read a minute, not the tracker's fast ticks.
    const settledReads = requests('/v2/actions').length;
    await scheduler.advance(5 * 60);
    expect(requests('/v2/actions').length - settledReads).toBeLessThanOrEqual(5);
  });

  it('reports work that started and ended elsewhere between two looks, once, and not what ended before it looked', async () => {
    await setUp();
    const tracker = newTracker(undefined, 60_000);
    const [before, renamed, mine] = (await activeDroplets(3)) as [Droplet, Droplet, Droplet];
    // Finished before the panel looked: history, not news.
    await startAction(before, { type: 'rename', name: 'renamed-before' });
    await scheduler.advance(10);
    expect(await tracker.resume()).toBe(0);
    // The panel's own rename, tracked to its end, is not reported a second time as a stranger's.
    tracker.track(await startAction(mine, { type: 'rename', name: 'mine-renamed' }), context(mine));
    await advanceUntil(() => settled().length === 1, 10);
    // A teammate's rename runs for seconds: it starts and ends between two looks a minute apart.
    const elsewhere = await startAction(renamed, { type: 'rename', name: 'renamed-elsewhere' });
    await scheduler.advance(2 * 60);
    expect(settled().map((event) => [event.action.id, event.startedByUser])).toEqual([
      [expect.any(Number), true],
      [elsewhere.id, false],
    ]);
    expect(settled()[1]).toMatchObject({ outcome: 'completed', resource: { type: 'droplet', id: renamed.id } });
    // Read again a minute later, the same page does not report it twice.
    await scheduler.advance(2 * 60);
    expect(settled()).toHaveLength(2);
    expect(tracker.list()).toEqual([]);
  });

  it('watches less often while the window is hidden and nothing is wanted from the tray, and catches up when shown', async () => {
    await setUp();
    const tracker = newTracker(undefined, 60_000, 5 * 60_000);
    await tracker.resume();
    const reads = (): number => requests('/v2/actions').length;
    const afterResume = reads();
    await scheduler.advance(30);
    tracker.setWindowHidden(true);
    // The look armed a minute after the resume waits five minutes from then instead.
    await scheduler.advance(60);
    expect(reads()).toBe(afterResume);
    await scheduler.advance(30 * 60);
    expect(reads() - afterResume).toBe(6);

    // Shown again a minute and a half after the last read: the next one goes at once, then one a minute.
    const hiddenReads = reads();
    tracker.setWindowHidden(false);
    await scheduler.advance(0);
    expect(reads() - hiddenReads).toBe(1);
    await scheduler.advance(10 * 60);
    expect(reads() - hiddenReads).toBe(11);
  });

  it('keeps its minute while hidden when actions started elsewhere are to be told from the tray', async () => {
    await setUp();
    settings.set(NOTIFICATION_PREFERENCES_KEY, { mode: 'all', includeOthers: true });
    const tracker = newTracker(undefined, 60_000, 5 * 60_000);
    await tracker.resume();
    tracker.setWindowHidden(true);
    const afterResume = requests('/v2/actions').length;
    await scheduler.advance(10 * 60);
    expect(requests('/v2/actions').length - afterResume).toBe(10);
  });

  it('does not watch while idle unless asked to', async () => {
    await setUp();
    const tracker = newTracker();
    await tracker.resume();
    const afterResume = requests('/v2/actions').length;
    await scheduler.advance(10 * 60);
    expect(requests('/v2/actions')).toHaveLength(afterResume);
  });

  it('follows a custom image import to available', async () => {
    await setUp('empty');
    const tracker = newTracker();
    const response = await sim().post('/v2/images', {
      name: 'base-2025',
      url: 'https://images.example.com/base-2025.qcow2',
      region: 'nyc3',
      distribution: 'Ubuntu',
    });
    const image = response.body.image as ApiImage & { id: number };
    expect(image.status).toBe('NEW');
    tracker.trackImageImport(image);
    expect(tracker.list()[0]).toMatchObject({
      kind: 'image-import',
      type: 'image_import',
      key: `image-import:${image.id}`,
      resource: { type: 'image', id: image.id, name: 'base-2025' },
      progress: { kind: 'indeterminate', reason: 'size-unknown' },
    });

    await advanceUntil(() => settled().length === 1, 30);
    expect(settled()[0]).toMatchObject({ outcome: 'completed', resource: { type: 'image', id: image.id } });
    expect(requests('/v2/actions')).toHaveLength(0);
    expect(requests('/v2/images/{image_id}').length).toBe(scheduler.fired());
  });

  it('estimates an import once DigitalOcean reports the image’s size, from the account’s earlier imports', async () => {
    await setUp('empty');
    settings.set(estimatesKey('default'), { kinds: { image_import: [{ sizeGb: 2, ms: 120_000 }] } });
    let reportSize = false;
    const tracker = newTracker((client) => ({
      ...client,
      getImage: async (id) => ({ ...(await client.getImage(id)), ...(reportSize ? { size_gigabytes: 4 } : {}) }),
    }));
    const response = await sim().post('/v2/images', { name: 'big-base', url: 'https://images.example.com/big.qcow2', region: 'nyc3' });
    const image = response.body.image as ApiImage & { id: number };
    tracker.trackImageImport({ ...image, size_gigabytes: null });
    expect(tracker.list()[0]?.progress).toEqual({ kind: 'indeterminate', reason: 'size-unknown' });

    reportSize = true;
    await scheduler.advance(5);
    expect(requests('/v2/images/{image_id}').length).toBeGreaterThan(0);
    expect(tracker.list()[0]?.progress).toMatchObject({ kind: 'estimate', basis: 'learned', expectedMs: 240_000, samples: 1 });
  });

  it('estimates an import from the size of its file when that comes after it was tracked, and keeps that size', async () => {
    await setUp('empty');
    settings.set(estimatesKey('default'), { kinds: { image_import: [{ sizeGb: 2, ms: 120_000 }] } });
    const tracker = newTracker();
    const response = await sim().post('/v2/images', { name: 'late', url: 'https://images.example.com/late.qcow2', region: 'nyc3' });
    const image = response.body.image as ApiImage & { id: number };
    tracker.trackImageImport({ ...image, size_gigabytes: null });
    expect(tracker.list()[0]?.progress).toEqual({ kind: 'indeterminate', reason: 'size-unknown' });
    const progressEvents = () => received.filter((event) => event.name === 'actions.progress').length;
    const before = progressEvents();
    tracker.sizeImageImport(image.id, 3);
    await scheduler.advance(0);
    expect(tracker.list()[0]?.progress).toMatchObject({ kind: 'estimate', basis: 'learned', expectedMs: 180_000 });
    // The window hears of the new estimate without waiting for the next poll.
    expect(progressEvents()).toBeGreaterThan(before);
    // A second answer does not resize it; an unknown import is left alone.
    tracker.sizeImageImport(image.id, 8);
    tracker.sizeImageImport(image.id + 1000, 8);
    expect(tracker.list()[0]?.progress).toMatchObject({ expectedMs: 180_000 });
  });

  it('reports a failed image import with its error message', async () => {
    await setUp('empty');
    const tracker = newTracker();
    const response = await sim().post('/v2/images', { name: 'not-a-disk', url: 'https://images.example.com/disk.iso', region: 'nyc3' });
    tracker.trackImageImport(response.body.image as ApiImage);

    await advanceUntil(() => settled().length === 1, 30);
    expect(settled()[0]).toMatchObject({ outcome: 'errored', errorMessage: UNSUPPORTED_FORMAT_MESSAGE, action: { errorMessage: UNSUPPORTED_FORMAT_MESSAGE } });
  });

  it('logs failed polls, backs off, and keeps the action until it settles', async () => {
    await setUp();
    const tracker = newTracker();
    const [droplet] = (await activeDroplets(1)) as [Droplet];
    sim().sim.faults.failRequests({ method: 'GET', path: '/v2/actions', status: 503, count: 3 });
    tracker.track(await startAction(droplet, { type: 'reboot' }), context(droplet));

    await advanceUntil(() => settled().length === 1, 5);

    const attempts = requests('/v2/actions');
    expect(attempts.slice(0, 3).map((exchange) => exchange.status)).toEqual([503, 503, 503]);
    // Doubling from the wanted interval: 2 s while the reboot is young, then 3 s (expected under a minute).
    expect(gaps(attempts.slice(0, 4).map((exchange) => exchange.at))).toEqual([2 * 2000, 2 * 2 * 2000, 2 * 2 * 2 * 3000]);
    expect(logLines.filter((entry) => entry.level === 'warn' && entry.line.includes('could not list actions'))).toHaveLength(3);
    expect(settled()[0]?.outcome).toBe('completed');
  });

  it('marks work whose polls fail as unconfirmed since DigitalOcean last answered, and clears it on the next answer', async () => {
    await setUp();
    const tracker = newTracker();
    const [droplet] = (await activeDroplets(1)) as [Droplet];
    sim().sim.faults.failRequests({ method: 'GET', path: '/v2/actions', status: 503, count: 2 });
    const trackedAt = new Date(scheduler.now()).toISOString();
    tracker.track(await startAction(droplet, { type: 'snapshot', name: 'before-upgrade' }), context(droplet, { sizeGigabytes: droplet.disk }));

    await advanceUntil(() => requests('/v2/actions').filter((exchange) => exchange.status === 200).length === 1, 1);

    const unconfirmed = progressEvents().map((event) => event.actions[0]?.unconfirmedSince ?? null);
    // Two failed ticks: the status is the one last confirmed when tracking began; the third tick answers.
    expect(unconfirmed.filter((since) => since !== null)).toEqual([trackedAt, trackedAt]);
    expect(unconfirmed.at(-1)).toBeNull();
    expect(tracker.list()[0]).not.toHaveProperty('unconfirmedSince');
    expect(settled()).toHaveLength(0);
  });

  it('reports an action DigitalOcean no longer knows as errored, after several 404s', async () => {
    await setUp();
    const tracker = newTracker();
    const [droplet] = (await activeDroplets(1)) as [Droplet];
    const ghost: ApiAction = {
      id: 987_654,
      status: 'in-progress',
      type: 'power_off',
      started_at: new Date(scheduler.now()).toISOString(),
      completed_at: null,
      resource_id: droplet.id,
      resource_type: 'droplet',
    };
    tracker.track(ghost, context(droplet));
    await scheduler.advance(30);
    expect(requests('/v2/actions/{action_id}').map((exchange) => exchange.status)).toEqual([404, 404, 404]);
    expect(settled()[0]).toMatchObject({ outcome: 'errored', errorMessage: expect.stringContaining('no longer reports') });
  });

  it('settles at once an action tracked after it already ended', async () => {
    await setUp();
    const tracker = newTracker();
    const [droplet] = (await activeDroplets(1)) as [Droplet];
    const action = await startAction(droplet, { type: 'power_off' });
    sim().sim.clock.advance(60);
    tracker.track(await actionById(action.id), context(droplet));
    expect(settled()).toHaveLength(1);
    expect(tracker.list()).toEqual([]);
    expect(scheduler.pending()).toBe(0);
  });

  it('forgets everything on reset and tells the UI', async () => {
    await setUp();
    const tracker = newTracker();
    const [droplet, next] = (await activeDroplets(2)) as [Droplet, Droplet];
    tracker.track(await startAction(droplet, { type: 'snapshot' }), context(droplet, { sizeGigabytes: droplet.disk }));
    await scheduler.advance(4);
    tracker.reset();
    expect(tracker.list()).toEqual([]);
    expect(progressEvents().at(-1)).toEqual({ actions: [] });
    const count = exchanges.length;
    await scheduler.advance(600);
    expect(exchanges).toHaveLength(count);
    expect(settled()).toHaveLength(0);

    tracker.track(await startAction(next, { type: 'power_off' }), context(next));
    await advanceUntil(() => settled().length === 1, 5);
    expect(settled()[0]?.resource.id).toBe(next.id);
  });

  it('lists actions in flight with elapsed time and progress', async () => {
    await setUp();
    const tracker = newTracker();
    const [droplet] = (await activeDroplets(1)) as [Droplet];
    const action = await startAction(droplet, { type: 'shutdown' });
    tracker.track(action, context(droplet));
    await scheduler.advance(2);
    const [listed] = tracker.list() as [InFlightAction];
    expect(listed).toMatchObject({ key: `action:${action.id}`, status: 'in-progress', elapsedMs: 2000, startedAt: action.started_at });
    expect(listed.progress).toMatchObject({ kind: 'estimate', basis: 'prior', etaMs: 18_000, expectedMs: 20_000 });
  });
});

describe('action tracker under churn', () => {
  interface Call {
    at: number;
    page?: number;
    perPage?: number;
    byId?: number;
  }

  /** A tracker whose every request is noted with the simulated time of its tick (time stands still while a tick's requests run). */
  const countingTracker = (): { tracker: ActionTracker; calls: Call[] } => {
    const calls: Call[] = [];
    const tracker = newTracker((client) => ({
      ...client,
      listActions: (perPage, page = 1) => {
        calls.push({ at: scheduler.now(), page, perPage });
        return client.listActions(perPage, page);
      },
      getAction: (id) => {
        calls.push({ at: scheduler.now(), byId: id });
        return client.getAction(id);
      },
    }));
    return { tracker, calls };
  };

  const perTick = (calls: readonly Call[]): number[] => {
    const counts = new Map<number, number>();
    for (const call of calls) counts.set(call.at, (counts.get(call.at) ?? 0) + 1);
    return [...counts.values()];
  };

  const snapshotsOn = async (tracker: ActionTracker, on: readonly Droplet[]): Promise<Action[]> => {
    const started: Action[] = [];
    for (const droplet of on) {
      const action = await startAction(droplet, { type: 'snapshot' });
      tracker.track(action, context(droplet, { sizeGigabytes: droplet.disk }));
      started.push(action);
    }
    return started;
  };

  /** Active droplets holding at most 3 GB of data: a snapshot of one takes minutes, not hours. */
  const smallDroplets = async (count: number): Promise<Droplet[]> => {
    const small = (await activeDroplets(100)).filter((droplet) => (sim().sim.state.droplets.get(droplet.id)?.usedGigabytes ?? Infinity) <= 3);
    if (small.length < count) throw new Error(`only ${small.length} small Droplets`);
    return small.slice(0, count);
  };

  it('reads page 2 for 30 tracked actions pushed off page 1: two requests that tick, none by id', async () => {
    await setUp();
    const { tracker, calls } = countingTracker();
    const [, other] = (await droplets()).filter((droplet) => droplet.status === 'active').slice(-2) as [Droplet, Droplet];
    await snapshotsOn(tracker, await activeDroplets(30));
    await scheduler.advance(5);
    expect(calls.at(-1)).toMatchObject({ page: 1, perPage: 50 });

    // 40 newer actions: 20 of the 30 now sit below page 1's 50 rows.
    recordFinishedActions(other, 40);
    const before = calls.length;
    await scheduler.advance(FAST_POLL_MS / 1000);
    const tick = calls.slice(before);
    expect(tick).toEqual([
      { at: expect.any(Number), page: 1, perPage: 50 },
      { at: expect.any(Number), page: 2, perPage: 50 },
    ]);
    expect(tracker.list()).toHaveLength(30);
    expect(tracker.list().every((action) => action.unconfirmedSince === undefined)).toBe(true);

    // 150 more at once, more than page 1 shows: where they sit must be looked for, still two requests a tick at most.
    recordFinishedActions(other, 150);
    await scheduler.advance(60);
    expect(Math.max(...perTick(calls.slice(before)))).toBe(2);
    expect(calls.filter((call) => call.byId !== undefined)).toHaveLength(0);
    expect(tracker.list().length + settled().filter((event) => event.startedByUser).length).toBe(30);
    // Found again at rows 190 to 219: from then on each tick reads page 1 and page 2 at their longest.
    expect(calls.slice(-2)).toEqual([
      { at: expect.any(Number), page: 1, perPage: 200 },
      { at: expect.any(Number), page: 2, perPage: 200 },
    ]);
  });

  it('marks the actions a failed page 2 should have shown as unconfirmed until a later read shows them', async () => {
    await setUp();
    const lists: number[] = [];
    const tracker = newTracker((client) => ({
      ...client,
      listActions: (perPage, page = 1) => {
        lists.push(page);
        if (page === 2) return Promise.reject(new Error('connection reset'));
        return client.listActions(perPage, page);
      },
    }));
    const [, other] = (await droplets()).filter((droplet) => droplet.status === 'active').slice(-2) as [Droplet, Droplet];
    const started = await snapshotsOn(tracker, await activeDroplets(10));
    await scheduler.advance(5);
    recordFinishedActions(other, 25);
    await scheduler.advance(FAST_POLL_MS / 1000);
    expect(lists.slice(-2)).toEqual([1, 2]);
    // Page 1 (30 rows) still showed the newest 5; the 5 below it were not confirmed this tick.
    const unconfirmed = tracker.list().filter((action) => action.unconfirmedSince !== undefined);
    expect(unconfirmed.map((action) => action.id).sort()).toEqual(started.slice(0, 5).map((action) => action.id).sort());
    expect(logLines.some((entry) => entry.level === 'warn' && entry.line.includes('could not read page 2'))).toBe(true);

    // The next tick's page 1 is long enough for where they were known to be: confirmed without page 2.
    const before = lists.length;
    await advanceUntil(() => lists.length > before, 1, 60);
    expect(lists.slice(before)).toEqual([1]);
    expect(tracker.list().every((action) => action.unconfirmedSince === undefined)).toBe(true);
    expect(requests('/v2/actions/{action_id}')).toHaveLength(0);
  });

  it('asks by id, one a tick, for actions buried deeper than the pages it reads', async () => {
    await setUp();
    const { tracker, calls } = countingTracker();
    const [, other] = (await droplets()).filter((droplet) => droplet.status === 'active').slice(-2) as [Droplet, Droplet];
    const started = await snapshotsOn(tracker, await smallDroplets(3));
    await scheduler.advance(5);
    // Far more than ten pages of 200 at once: where they went is unknown, and too deep to look for.
    recordFinishedActions(other, DEEPEST_ROW + 500);
    await advanceUntil(() => started.every((action) => settled().some((event) => event.action.id === action.id)), 10, 3600);

    expect(Math.max(...perTick(calls))).toBe(2);
    const byId = calls.filter((call) => call.byId !== undefined);
    expect(new Set(byId.map((call) => call.byId))).toEqual(new Set(started.map((action) => action.id)));
    // The pages looked no deeper than the last one read.
    expect(Math.max(...calls.map((call) => windowEnd({ page: call.page ?? 1, perPage: call.perPage ?? 0 })))).toBeLessThanOrEqual(DEEPEST_ROW);
    for (const action of started) {
      expect(settled().find((event) => event.action.id === action.id)).toMatchObject({ outcome: 'completed', startedByUser: true });
    }
  });

  it('follows long work sinking through many pages under 180 new actions a minute with at most two requests a tick', async () => {
    await setUp();
    const { tracker, calls } = countingTracker();
    const [, other] = (await droplets()).filter((droplet) => droplet.status === 'active').slice(-2) as [Droplet, Droplet];
    // Snapshots of up to 3 GB of data: minutes each, long enough to sink 1,000 rows.
    const started = await snapshotsOn(tracker, await smallDroplets(12));
    const ended = (action: Action): boolean => settled().some((event) => event.action.id === action.id);
    // Three of someone else's actions a second push the snapshots a page down every 67 s.
    for (let second = 0; !started.every(ended); second += 1) {
      if (second > 3600) throw new Error('gave up waiting');
      recordFinishedActions(other, 3);
      await scheduler.advance(1);
    }

    expect(Math.max(...perTick(calls))).toBe(2);
    // They were read where they sat, pages deep.
    expect(Math.max(...calls.map((call) => call.page ?? 0))).toBeGreaterThan(3);
    // By id only now and then (one left alone on a page of 200): deeper pages did the work.
    expect(calls.filter((call) => call.byId !== undefined).length).toBeLessThan(calls.filter((call) => (call.page ?? 1) > 1).length / 4);
    for (const action of started) {
      const final = await actionById(action.id);
      expect(settled().find((event) => event.action.id === action.id)).toMatchObject({ outcome: 'completed', action: { completedAt: final.completed_at } });
    }
    // Whatever finished elsewhere is reported once at most.
    const reported = settled().map((event) => event.action.id);
    expect(new Set(reported).size).toBe(reported.length);
  });
});
