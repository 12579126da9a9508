import type { IpcMainInvokeEvent, WebContents } from 'electron';
import { ipcMain } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { eventChannel, operationChannel, operationNames } from '../../shared/contract';
import { createLogger, type LogLevel } from '../core/log';
import { createCore, type Core } from '../core/services';
import { offlineCoreDeps } from '../core/testing/core-test-deps';
import { registerIpc } from './ipc';
import { eventFrom, mainFrame, trustedOrigin, type FakeFrame } from './testing/fake-frames';

vi.mock('electron', () => {
  const handlers = new Map<string, unknown>();
  return {
    ipcMain: {
      handlers,
      handle: vi.fn((channel: string, handler: unknown) => {
        if (handlers.has(channel)) throw new Error(`second handler for ${channel}`);
        handlers.set(channel, handler);
      }),
      removeHandler: vi.fn((channel: string) => handlers.delete(channel)),
    },
  };
});

type Handler = (event: IpcMainInvokeEvent, request: unknown) => Promise<unknown>;
const handlers = (ipcMain as unknown as { handlers: Map<string, Handler> }).handlers;


const call = (name: string, event: IpcMainInvokeEvent, request: unknown = {}) => {
  const handler = handlers.get(operationChannel(name as (typeof operationNames)[number]));
  if (!handler) throw new Error(`no handler for ${name}`);
  return handler(event, request);
};

let core: Core;
let lines: { level: LogLevel; line: string }[];
let target: { send: ReturnType<typeof vi.fn>; isDestroyed: () => boolean } | undefined;
let unregister: () => void;

beforeEach(() => {
  lines = [];
  const log = createLogger('ipc', { sink: (level, line) => lines.push({ level, line }) });
  core = createCore({
    runtime: 'desktop',
    name: 'DigitalOcean Panel',
    version: '0.1.0',
    env: {},
    versions: { node: '22.0.0', electron: '45.4.1', chrome: '140.0.0.0' },
    platform: 'linux',
    log,
    ...offlineCoreDeps(),
  });
  target = { send: vi.fn(), isDestroyed: () => false };
  unregister = registerIpc({ core, trustedOrigin, target: () => target as unknown as WebContents, log });
});

afterEach(() => unregister());

describe('registerIpc', () => {
  it('registers one handler per contract operation, and nothing else', () => {
    expect([...handlers.keys()].sort()).toEqual(operationNames.map(operationChannel).sort());
  });

  it('runs a call from the trusted main frame through the core', async () => {
    await expect(call('app.info', eventFrom(mainFrame()))).resolves.toEqual({ ok: true, value: core.info });
  });

  it('returns a validation error for a malformed request', async () => {
    const result = await call('app.info', eventFrom(mainFrame()), { unexpected: 1 });
    expect(result).toMatchObject({ ok: false, error: { kind: 'validation' } });
  });

  it('refuses a call from a subframe, even one on the trusted origin', async () => {
    const top = mainFrame();
    const child: FakeFrame = { url: 'app://panel/index.html', parent: top };
    await expect(call('app.info', eventFrom(child, top))).resolves.toMatchObject({
      ok: false,
      error: { kind: 'forbidden' },
    });
    expect(lines).toEqual([{ level: 'warn', line: '[ipc] refused app.info: the call came from a subframe' }]);
  });

  it('refuses a call from another origin without throwing', async () => {
    const result = await call('accounts.current', eventFrom(mainFrame('https://evil.example/')));
    expect(result).toMatchObject({ ok: false, error: { kind: 'forbidden' } });
    expect(lines[0]?.level).toBe('warn');
  });

  it('pushes core events to the window on the event channel', () => {
    core.events.emit('app.navigate', { area: 'settings' });
    expect(target?.send).toHaveBeenCalledExactlyOnceWith(eventChannel, 'app.navigate', { area: 'settings' });
  });

  it('drops events while no window is open', () => {
    const closed = target;
    target = undefined;
    core.events.emit('app.navigate', { area: 'droplets' });
    expect(closed?.send).not.toHaveBeenCalled();
  });

  it('takes every handler and the event forwarding down again', () => {
    unregister();
    expect(handlers.size).toBe(0);
    core.events.emit('app.navigate', { area: 'settings' });
    expect(target?.send).not.toHaveBeenCalled();
  });
});
