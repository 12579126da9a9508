import { EventEmitter } from 'node:events';
import type { BrowserWindow } from 'electron';
import Store from 'electron-store';
import { afterEach, beforeEach, describe, expect, it, vi, type Mock } from 'vitest';
import type { SavedWindowState } from './window-bounds';
import { createWindowStateStore, electronStoreChannel, saveDelayMs, trackWindowState, type WindowStateStore } from './window-state';

const removeAllListeners = vi.hoisted(() => vi.fn());
vi.mock('electron', () => ({ screen: { getAllDisplays: () => [] }, ipcMain: { removeAllListeners } }));
vi.mock('electron-store', () => {
  /** electron-store's get/set over a plain object, shared by every instance. */
  class MemoryStore {
    static data: Record<string, unknown> = {};
    get = (key: string) => MemoryStore.data[key];
    set = (key: string, value: unknown) => {
      MemoryStore.data[key] = value;
    };
  }
  return { default: MemoryStore };
});

const storeData = (Store as unknown as { data: Record<string, unknown> }).data;

class FakeWindow extends EventEmitter {
  bounds = { x: 10, y: 20, width: 1300, height: 820 };
  maximized = false;
  destroyed = false;
  getNormalBounds = () => this.bounds;
  isMaximized = () => this.maximized;
  isDestroyed = () => this.destroyed;
}

let window: FakeWindow;
let store: WindowStateStore & { save: Mock<(state: SavedWindowState) => void> };

beforeEach(() => {
  vi.useFakeTimers();
  window = new FakeWindow();
  store = { load: () => undefined, save: vi.fn<(state: SavedWindowState) => void>() };
  trackWindowState(window as unknown as BrowserWindow, store);
});

afterEach(() => {
  vi.useRealTimers();
});

describe('trackWindowState', () => {
  it('saves once the window has stopped moving', () => {
    window.emit('move');
    vi.advanceTimersByTime(saveDelayMs - 1);
    window.bounds = { ...window.bounds, x: 40 };
    window.emit('move');
    window.emit('resize');
    vi.advanceTimersByTime(saveDelayMs - 1);
    expect(store.save).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(store.save).toHaveBeenCalledExactlyOnceWith({ x: 40, y: 20, width: 1300, height: 820, maximized: false });
  });

  it('saves at once on close, with the maximized state, and not again after', () => {
    window.emit('resize');
    window.maximized = true;
    window.emit('close');
    expect(store.save).toHaveBeenCalledExactlyOnceWith({ x: 10, y: 20, width: 1300, height: 820, maximized: true });
    vi.advanceTimersByTime(saveDelayMs);
    expect(store.save).toHaveBeenCalledOnce();
  });

  it('does not touch a destroyed window', () => {
    window.emit('resize');
    window.destroyed = true;
    vi.advanceTimersByTime(saveDelayMs);
    expect(store.save).not.toHaveBeenCalled();
  });
});

describe('createWindowStateStore', () => {
  it("closes electron-store's own IPC channel, which would answer any sender", () => {
    removeAllListeners.mockClear();
    createWindowStateStore();
    expect(removeAllListeners).toHaveBeenCalledWith(electronStoreChannel);
  });

  it('round-trips a saved state', () => {
    const persisted = createWindowStateStore();
    persisted.save({ x: 1, y: 2, width: 1000, height: 700, maximized: false });
    expect(createWindowStateStore().load()).toEqual({ x: 1, y: 2, width: 1000, height: 700, maximized: false });
  });

  it.each([
    ['nothing', undefined],
    ['a string', 'maximized'],
    ['a missing field', { x: 1, y: 2, width: 1000, maximized: false }],
    ['a negative size', { x: 1, y: 2, width: -5, height: 700, maximized: false }],
    ['a fractional position', { x: 1.5, y: 2, width: 1000, height: 700, maximized: false }],
  ])('ignores %s in the file', (_what, value) => {
    storeData.main = value;
    expect(createWindowStateStore().load()).toBeUndefined();
  });
});
