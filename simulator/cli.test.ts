import { afterEach, describe, expect, test } from 'vitest';
import { DEMO_TOKEN } from './auth';
import { DEFAULT_PORT, main, parseCliArgs, UsageError } from './cli';
import type { Simulator } from './start';

describe('parseCliArgs', () => {
  test('defaults', () => {
    expect(parseCliArgs([])).toEqual({
      port: DEFAULT_PORT, host: '127.0.0.1', seed: 'demo', speed: 1, clock: 'real', faults: {}, readOnlyTokens: [], failRoutes: [], failActions: [], help: false,
    });
  });

  test('every option, in both spellings', () => {
    const options = parseCliArgs([
      '--port', '0', '--seed=large:500', '--speed', '20', '--clock', 'virtual', '--latency', '200±50', '--fail-rate', '0.1', '--reset-rate=0.05',
      '--token', 'a', '--token=b', '--read-only-token', 'r', '--host', '0.0.0.0', '--rate-limit', '100/10',
      '--fail-route', 'POST /v2/droplets/{droplet_id}/actions=503x2', '--fail-route=/v2/account=500', '--fail-action', 'resize', '--fail-action', 'snapshotx3',
    ]);
    expect(options).toEqual({
      port: 0, host: '0.0.0.0', seed: 'large:500', speed: 20, clock: 'virtual', help: false,
      faults: { latencyMs: 200, latencyJitterMs: 50, failRate: 0.1, resetRate: 0.05 },
      tokens: ['a', 'b'], readOnlyTokens: ['r'], rateLimits: { perHour: 100, perMinute: 10 },
      failRoutes: [{ method: 'POST', path: '/v2/droplets/{droplet_id}/actions', status: 503, count: 2 }, { path: '/v2/account', status: 500, count: 1 }],
      failActions: [{ type: 'resize', count: 1 }, { type: 'snapshot', count: 3 }],
    });
    expect(parseCliArgs(['--latency', '30+-5']).faults).toEqual({ latencyMs: 30, latencyJitterMs: 5 });
    expect(parseCliArgs(['--latency', '30']).faults).toEqual({ latencyMs: 30, latencyJitterMs: 0 });
  });

  test.each([
    [['--port', 'x']], [['--port', '70000']], [['--speed', '0']], [['--fail-rate', '2']], [['--latency', 'fast']],
    [['--token']], [['--seed', '--port']], [['--clock', 'fast']], [['--bogus']], [['--rate-limit', '10']], [['--fail-route', '/v2/account']], [['--fail-action', 'Resize!']],
  ])('refuses %j', (argv) => {
    expect(() => parseCliArgs(argv)).toThrow(UsageError);
  });
});

describe('main', () => {
  let sim: Simulator | undefined;
  afterEach(async () => {
    await sim?.close();
    sim = undefined;
    process.exitCode = undefined;
  });

  test('prints exactly the ready line, serves, and stops on a signal', async () => {
    const lines: string[] = [];
    const handlers = new Map<string, () => void>();
    sim = await main(['--port', '0', '--seed', 'empty'], { out: (line) => lines.push(line), err: (line) => lines.push(line), onSignal: (signal, handler) => handlers.set(signal, handler) });
    expect(lines).toEqual([`Simulator listening at ${sim?.url}`]);
    expect(lines[0]).toMatch(/^Simulator listening at http:\/\/127\.0\.0\.1:\d+$/);
    const response = await fetch(`${sim?.url}/v2/account`, { headers: { authorization: `Bearer ${DEMO_TOKEN}` } });
    expect(response.status).toBe(200);
    expect([...handlers.keys()].sort()).toEqual(['SIGINT', 'SIGTERM']);
    handlers.get('SIGTERM')?.();
    await expect(fetch(`${sim?.url}/v2/account`)).rejects.toThrow();
  });

  test('targeted faults from the command line are in force once it is ready', async () => {
    sim = await main(['--port', '0', '--seed', 'empty', '--fail-route', 'GET /v2/account=503'], { out: () => undefined, err: () => undefined, onSignal: () => undefined });
    const headers = { authorization: `Bearer ${DEMO_TOKEN}` };
    expect((await fetch(`${sim?.url}/v2/account`, { headers })).status).toBe(503);
    expect((await fetch(`${sim?.url}/v2/account`, { headers })).status).toBe(200);
  });

  test('a virtual clock starts now, stands still, and moves only through the control routes', async () => {
    sim = await main(['--port', '0', '--seed', 'demo', '--clock', 'virtual'], { out: () => undefined, err: () => undefined, onSignal: () => undefined });
    const headers = { authorization: `Bearer ${DEMO_TOKEN}`, 'content-type': 'application/json' };
    const clock = async () => (await (await fetch(`${sim?.url}/_simulator/clock`, { headers })).json()) as { mode: string; now: string; pending: number };
    const before = await clock();
    expect(before.mode).toBe('virtual');
    expect(Math.abs(Date.parse(before.now) - Date.now())).toBeLessThan(60_000);
    expect(before.pending).toBeGreaterThan(0);

    const list = await fetch(`${sim?.url}/v2/droplets?per_page=1`, { headers });
    const [droplet] = ((await list.json()) as { droplets: { id: number; status: string }[] }).droplets;
    const started = await fetch(`${sim?.url}/v2/droplets/${droplet?.id}/actions`, { method: 'POST', headers, body: JSON.stringify({ type: 'reboot' }) });
    const { action } = (await started.json()) as { action: { id: number; status: string } };
    expect(action.status).toBe('in-progress');

    const refused = await fetch(`${sim?.url}/_simulator/clock/advance`, { method: 'POST', headers, body: JSON.stringify({ seconds: -1 }) });
    expect(refused.status).toBe(422);
    const moved = await fetch(`${sim?.url}/_simulator/clock/advance`, { method: 'POST', headers, body: JSON.stringify({ seconds: 600 }) });
    expect(Date.parse(((await moved.json()) as { now: string }).now) - Date.parse(before.now)).toBe(600_000);
    const after = await fetch(`${sim?.url}/v2/actions/${action.id}`, { headers });
    expect(((await after.json()) as { action: { status: string } }).action.status).toBe('completed');
    expect((await fetch(`${sim?.url}/_simulator/clock`)).status).toBe(401);
  });

  test('without a virtual clock there are no control routes', async () => {
    sim = await main(['--port', '0', '--seed', 'empty'], { out: () => undefined, err: () => undefined, onSignal: () => undefined });
    const response = await fetch(`${sim?.url}/_simulator/clock`, { headers: { authorization: `Bearer ${DEMO_TOKEN}` } });
    expect(response.status).toBe(404);
  });

  test('bad arguments print the usage and set exit code 2', async () => {
    const errors: string[] = [];
    expect(await main(['--seed'], { out: () => undefined, err: (line) => errors.push(line), onSignal: () => undefined })).toBeUndefined();
    expect(errors[0]).toMatch(/--seed needs a value[\s\S]*Usage:/);
    expect(process.exitCode).toBe(2);
  });

  test('a bad seed is reported, not thrown', async () => {
    const errors: string[] = [];
    expect(await main(['--port', '0', '--seed', 'nope'], { out: () => undefined, err: (line) => errors.push(line), onSignal: () => undefined })).toBeUndefined();
    expect(errors[0]).toMatch(/could not start: Unknown seed/);
    expect(process.exitCode).toBe(1);
  });
});
