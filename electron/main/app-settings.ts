import { ipcMain } from 'electron';
import Store from 'electron-store';
import type { SettingsStore } from '../core/settings-store';
import { electronStoreChannel } from './window-state';

/** The desktop app's settings (accounts, the active one), in `settings.json` in the user data folder. */
export const createAppSettingsStore = (): SettingsStore => {
  const store = new Store<Record<string, unknown>>({ name: 'settings' });
  // As for the window state: electron-store's own channel answers any sender, and no IPC channel
  // outside the contract may stay open.
  ipcMain.removeAllListeners(electronStoreChannel);
  return {
    get: (key) => store.get(key),
    set: (key, value) => store.set(key, value),
    delete: (key) => store.delete(key),
  };
};

/**
 * Each account's last-known droplet and image lists, in `last-known-lists.json` beside the settings:
 * megabytes at 10,000 rows, so not in the settings file, which every small setting rewrites.
 */
export const createLastKnownListsStore = (): SettingsStore => {
  const store = new Store<Record<string, unknown>>({ name: 'last-known-lists' });
  ipcMain.removeAllListeners(electronStoreChannel);
  return {
    get: (key) => store.get(key),
    set: (key, value) => store.set(key, value),
    delete: (key) => store.delete(key),
  };
};
