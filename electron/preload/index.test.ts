import { contextBridge, ipcRenderer } from 'electron';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { eventChannel, operationChannel, operationNames, operations, panelGlobalName, type PanelApi } from '../../shared/contract';

vi.mock('electron', () => {
  type Listener = (...args: unknown[]) => void;
  const listeners = new Map<string, Set<Listener>>();
  const listenersOf = (channel: string): Set<Listener> => {
    const existing = listeners.get(channel);
    if (existing) return existing;
    const created = new Set<Listener>();
    listeners.set(channel, created);
    return created;
  };
  return {
    contextBridge: { exposeInMainWorld: vi.fn() },
    // Just enough of ipcRenderer to deliver messages the way Electron does: IPC event first.
    ipcRenderer: {
      invoke: vi.fn(() => Promise.resolve({ ok: true, value: 'answer' })),
      on: (channel: string, listener: Listener) => listenersOf(channel).add(listener),
      removeListener: (channel: string, listener: Listener) => listenersOf(channel).delete(listener),
      emit: (channel: string, ...args: unknown[]) => listenersOf(channel).forEach((listener) => listener(...args)),
      listenerCount: (channel: string) => listenersOf(channel).size,
      removeAllListeners: () => listeners.clear(),
    },
  };
});

interface FakeIpcRenderer {
  emit(channel: string, ...args: unknown[]): void;
  listenerCount(channel: string): number;
  removeAllListeners(): void;
}

let api: PanelApi;
const ipc = ipcRenderer as unknown as FakeIpcRenderer;

beforeAll(async () => {
  await import('./index');
  const [name, exposed] = vi.mocked(contextBridge.exposeInMainWorld).mock.calls[0] ?? [];
  expect(name).toBe(panelGlobalName);
  api = exposed as PanelApi;
});

beforeEach(() => {
  vi.mocked(ipcRenderer.invoke).mockClear();
  ipc.removeAllListeners();
});

describe('the preload bridge', () => {
  it('exposes one global, once', () => {
    expect(contextBridge.exposeInMainWorld).toHaveBeenCalledOnce();
  });

  it('exposes exactly the contract operations and `on`', () => {
    // Against the operations themselves, not the list the preload is built from: a missing or extra name shows here.
    expect(Object.keys(api).sort()).toEqual([...Object.keys(operations), 'on'].sort());
    for (const forbidden of ['ipcRenderer', 'send', 'sendSync', 'invoke', 'postMessage']) {
      expect(api).not.toHaveProperty(forbidden);
    }
    expect(Object.values(api).every((value) => typeof value === 'function')).toBe(true);
  });

  it('is frozen', () => {
    expect(Object.isFrozen(api)).toBe(true);
  });

  it.each(operationNames)('sends %s on its own channel and returns the result', async (name) => {
    // The preload passes any request through as it is; the main side validates it.
    const send = api[name] as (request: unknown) => Promise<unknown>;
    await expect(send({})).resolves.toEqual({ ok: true, value: 'answer' });
    expect(ipcRenderer.invoke).toHaveBeenCalledExactlyOnceWith(operationChannel(name), {});
  });

  it('passes a call’s options along for the main side to check', async () => {
    const send = api['droplets.get'] as (request: unknown, options: unknown) => Promise<unknown>;
    await send({ id: 1 }, { priority: 'visible' });
    expect(ipcRenderer.invoke).toHaveBeenCalledExactlyOnceWith(operationChannel('droplets.get'), { id: 1 }, { priority: 'visible' });
  });

  it('hands a listener only the payload of its own event', () => {
    const listener = vi.fn();
    api.on('app.navigate', listener);
    ipc.emit(eventChannel, { sender: ipcRenderer, ports: [] }, 'account.changed', { activeId: null });
    ipc.emit(eventChannel, { sender: ipcRenderer, ports: [] }, 'app.navigate', { area: 'settings' });
    expect(listener.mock.calls).toEqual([[{ area: 'settings' }]]);
  });

  it('returns an unsubscribe that removes the IPC listener', () => {
    const listener = vi.fn();
    const unsubscribe = api.on('app.navigate', listener);
    expect(ipc.listenerCount(eventChannel)).toBe(1);
    unsubscribe();
    expect(ipc.listenerCount(eventChannel)).toBe(0);
    ipc.emit(eventChannel, {}, 'app.navigate', { area: 'settings' });
    expect(listener).not.toHaveBeenCalled();
  });

  it('refuses event names outside the contract', () => {
    const on = api.on as (event: string, listener: () => void) => () => void;
    expect(() => on('panel:op:app.info', () => undefined)).toThrow(TypeError);
    expect(() => on('__proto__', () => undefined)).toThrow(TypeError);
    expect(ipc.listenerCount(eventChannel)).toBe(0);
  });

  it('refuses a listener that is not a function', () => {
    const on = api.on as (event: string, listener: unknown) => () => void;
    expect(() => on('app.navigate', 'alert(1)')).toThrow(TypeError);
  });
});
