import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createAppSettingsStore, createLastKnownListsStore } from './app-settings';
import { electronStoreChannel } from './window-state';

const removeAllListeners = vi.hoisted(() => vi.fn());
vi.mock('electron', () => ({ ipcMain: { removeAllListeners } }));
vi.mock('electron-store', () => {
  /** electron-store's get/set/delete over one plain object per file name. */
  class MemoryStore {
    static files: Record<string, Record<string, unknown>> = {};
    private readonly data: Record<string, unknown>;
    constructor({ name }: { name: string }) {
      this.data = MemoryStore.files[name] ??= {};
    }
    get = (key: string) => this.data[key];
    set = (key: string, value: unknown) => {
      this.data[key] = value;
    };
    delete = (key: string) => {
      delete this.data[key];
    };
  }
  return { default: MemoryStore };
});

beforeEach(() => removeAllListeners.mockClear());

describe('createAppSettingsStore', () => {
  it("closes electron-store's own IPC channel, which would answer any sender", () => {
    createAppSettingsStore();
    expect(removeAllListeners).toHaveBeenCalledWith(electronStoreChannel);
  });

  it('keeps values for the next store over the same file, and deletes them', () => {
    const first = createAppSettingsStore();
    first.set('activeAccountId', 'work');
    first.set('accounts', [{ id: 'work' }]);
    const second = createAppSettingsStore();
    expect(second.get('activeAccountId')).toBe('work');
    second.delete('activeAccountId');
    expect(first.get('activeAccountId')).toBeUndefined();
    expect(first.get('accounts')).toEqual([{ id: 'work' }]);
  });

  it('keeps the last-known lists in a file of their own, beside the settings, its channel closed too', () => {
    const settings = createAppSettingsStore();
    const lists = createLastKnownListsStore();
    expect(removeAllListeners).toHaveBeenLastCalledWith(electronStoreChannel);
    lists.set('work:droplets', { savedAt: '2026-12-07T14:02:00.000Z', rows: [] });
    expect(settings.get('work:droplets')).toBeUndefined();
    expect(createLastKnownListsStore().get('work:droplets')).toEqual({ savedAt: '2026-12-07T14:02:00.000Z', rows: [] });
  });
});
