import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { EventName } from '../../shared/contract';
import { operationNames } from '../../shared/operation-names';
import type { CallMessage } from '../../shared/socket-protocol';
import { createSocketBridge } from './socket-bridge';

/** Stands in for the browser's WebSocket; the test plays the server. */
class FakeSocket {
  static instances: FakeSocket[] = [];
  readonly sent: string[] = [];
  private readonly handlers = new Map<string, ((event: unknown) => void)[]>();

  constructor(readonly url: string) {
    FakeSocket.instances.push(this);
  }

  addEventListener(type: string, handler: (event: unknown) => void): void {
    this.handlers.set(type, [...(this.handlers.get(type) ?? []), handler]);
  }

  send(data: string): void {
    this.sent.push(data);
  }

  get calls(): CallMessage[] {
    return this.sent.map((data) => JSON.parse(data) as CallMessage);
  }

  accept(): void {
    this.emit('open', {});
  }

  receive(message: unknown): void {
    this.emit('message', { data: typeof message === 'string' ? message : JSON.stringify(message) });
  }

  drop(): void {
    this.emit('close', { code: 1006 });
  }

  private emit(type: string, event: unknown): void {
    for (const handler of this.handlers.get(type) ?? []) handler(event);
  }
}

const latest = (): FakeSocket => {
  const socket = FakeSocket.instances.at(-1);
  if (!socket) throw new Error('no socket was opened');
  return socket;
};

const bridgeOn = (url = 'ws://127.0.0.1:4321/bridge') =>
  createSocketBridge({ url, WebSocketImpl: FakeSocket as unknown as typeof WebSocket });

const info = { name: 'DigitalOcean Panel', version: '1', runtime: 'browser', platform: 'linux', versions: { node: '20' }, apiBaseUrl: 'x' };

beforeEach(() => {
  FakeSocket.instances = [];
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('createSocketBridge', () => {
  it('connects on first use, to the serving host by default', () => {
    const bridge = createSocketBridge({ WebSocketImpl: FakeSocket as unknown as typeof WebSocket });
    expect(FakeSocket.instances).toHaveLength(0);
    void bridge['app.info']({});
    expect(latest().url).toBe(`ws://${location.host}/bridge`);
  });

  it('has a method per listed operation, and `on`, and nothing else', () => {
    // shared/contract.test.ts checks that the list is exactly the contract's operations.
    const bridge = bridgeOn();
    expect(Object.keys(bridge).sort()).toEqual([...operationNames, 'on'].sort());
    expect(Object.values(bridge).every((value) => typeof value === 'function')).toBe(true);
  });

  it('sends each operation under its own name', () => {
    const bridge = bridgeOn();
    for (const name of operationNames) void (bridge[name] as (request: unknown) => Promise<unknown>)({ asked: name });
    latest().accept();
    expect(latest().calls.map(({ op, request }) => [op, request])).toEqual(operationNames.map((name) => [name, { asked: name }]));
  });

  it('sends a call’s options with it, and none when there are none', () => {
    const bridge = bridgeOn();
    void bridge['droplets.get']({ id: 7 }, { priority: 'visible' });
    void bridge['droplets.get']({ id: 8 });
    latest().accept();
    expect(latest().calls.map(({ request, options }) => [request, options])).toEqual([
      [{ id: 7 }, { priority: 'visible' }],
      [{ id: 8 }, undefined],
    ]);
    expect(JSON.parse(latest().sent[1] ?? '{}')).not.toHaveProperty('options');
  });

  it('queues calls made while connecting and matches each answer to its call', async () => {
    const bridge = bridgeOn();
    const first = bridge['app.info']({});
    const second = bridge['accounts.current']({});
    const socket = latest();
    expect(socket.url).toBe('ws://127.0.0.1:4321/bridge');
    expect(socket.sent).toHaveLength(0);

    socket.accept();
    const [infoCall, statusCall] = socket.calls;
    expect(infoCall).toEqual({ type: 'call', id: expect.any(Number), op: 'app.info', request: {} });
    expect(statusCall).toMatchObject({ op: 'accounts.current' });
    expect(statusCall?.id).not.toBe(infoCall?.id);

    const status = { state: 'none', environmentTokenAvailable: false };
    socket.receive({ type: 'result', id: statusCall?.id, result: { ok: true, value: status } });
    socket.receive({ type: 'result', id: infoCall?.id, result: { ok: true, value: info } });
    expect(await first).toEqual({ ok: true, value: info });
    expect(await second).toEqual({ ok: true, value: status });
  });

  it('sends at once when connected, and passes failures through as data', async () => {
    const bridge = bridgeOn();
    void bridge['app.info']({});
    const socket = latest();
    socket.accept();
    const pending = bridge['app.info']({});
    const call = socket.calls.at(-1);
    expect(socket.calls).toHaveLength(2);
    const failure = { ok: false, error: { kind: 'validation', message: 'The request for app.info is not valid.' } };
    socket.receive({ type: 'result', id: call?.id, result: failure });
    expect(await pending).toEqual(failure);
  });

  it('ignores unreadable frames and answers to calls it did not make', async () => {
    const bridge = bridgeOn();
    const pending = bridge['app.info']({});
    const socket = latest();
    socket.accept();
    socket.receive('not json');
    socket.receive({ type: 'result', id: 999, result: { ok: true, value: 'stray' } });
    socket.receive({ type: 'result', id: socket.calls[0]?.id });
    socket.receive({ type: 'result', id: socket.calls[0]?.id, result: { ok: true, value: info } });
    expect(await pending).toEqual({ ok: true, value: info });
  });

  it('on a lost connection, fails every waiting call and never sends one again', async () => {
    const bridge = bridgeOn();
    const sentCall = bridge['app.info']({});
    const socket = latest();
    socket.accept();
    socket.drop();
    expect(await sentCall).toEqual({ ok: false, error: { kind: 'network', message: expect.stringContaining('Lost connection to the panel server') } });

    const neverSent = bridge['accounts.current']({});
    const retry = latest();
    expect(retry).not.toBe(socket);
    retry.drop();
    expect(await neverSent).toEqual({ ok: false, error: { kind: 'network', message: expect.stringContaining('Cannot reach the panel server') } });

    vi.runOnlyPendingTimers();
    latest().accept();
    expect(latest().sent).toEqual([]);
  });

  it('reconnects with exponential backoff up to a cap, and resets it once connected', () => {
    const bridge = bridgeOn();
    void bridge['app.info']({});
    latest().drop();
    const delays: number[] = [];
    for (let attempt = 0; attempt < 7; attempt += 1) {
      const before = FakeSocket.instances.length;
      let waited = 0;
      while (FakeSocket.instances.length === before) {
        vi.advanceTimersByTime(100);
        waited += 100;
      }
      delays.push(waited);
      latest().drop();
    }
    expect(delays).toEqual([500, 1000, 2000, 4000, 8000, 15000, 15000]);

    vi.advanceTimersByTime(15000);
    latest().accept();
    latest().drop();
    const before = FakeSocket.instances.length;
    vi.advanceTimersByTime(500);
    expect(FakeSocket.instances).toHaveLength(before + 1);
  });

  it('connects at once for a call made during the backoff', () => {
    const bridge = bridgeOn();
    void bridge['app.info']({});
    latest().drop();
    const count = FakeSocket.instances.length;
    void bridge['app.info']({});
    expect(FakeSocket.instances).toHaveLength(count + 1);
    vi.advanceTimersByTime(60_000);
    expect(FakeSocket.instances).toHaveLength(count + 1);
  });
});

describe('events', () => {
  it('delivers pushed events to the listeners of that event until they unsubscribe', () => {
    const bridge = bridgeOn();
    const navigate = vi.fn();
    const changed = vi.fn();
    const stop = bridge.on('app.navigate', navigate);
    bridge.on('account.changed', changed);
    const socket = latest();
    socket.accept();

    socket.receive({ type: 'event', event: 'app.navigate', payload: { area: 'images' } });
    expect(navigate).toHaveBeenCalledWith({ area: 'images' });
    expect(changed).not.toHaveBeenCalled();

    stop();
    socket.receive({ type: 'event', event: 'app.navigate', payload: { area: 'droplets' } });
    socket.receive({ type: 'event', event: 'not.an.event', payload: {} });
    expect(navigate).toHaveBeenCalledTimes(1);
  });

  it('keeps delivering to other listeners when one throws', () => {
    const failing = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const bridge = bridgeOn();
    const healthy = vi.fn();
    bridge.on('app.navigate', () => {
      throw new Error('broken');
    });
    bridge.on('app.navigate', healthy);
    latest().accept();
    latest().receive({ type: 'event', event: 'app.navigate', payload: { area: 'settings' } });
    expect(healthy).toHaveBeenCalledWith({ area: 'settings' });
    expect(failing).toHaveBeenCalledOnce();
  });

  it('refuses unknown event names', () => {
    const bridge = bridgeOn();
    expect(() => bridge.on('vault.token' as EventName, () => undefined)).toThrow(/Unknown event: vault\.token/);
    expect(FakeSocket.instances).toHaveLength(0);
  });

  it('subscribing keeps to the backoff instead of reconnecting at once', () => {
    const bridge = bridgeOn();
    bridge.on('app.navigate', () => undefined);
    expect(FakeSocket.instances).toHaveLength(1);
    latest().drop();
    bridge.on('account.changed', () => undefined);
    expect(FakeSocket.instances).toHaveLength(1);
    vi.advanceTimersByTime(500);
    expect(FakeSocket.instances).toHaveLength(2);
  });
});
