import type { SettingsStore } from '../settings-store';

/** The settings key for keeping the desktop app in the tray when its window is closed. */
export const CLOSE_TO_TRAY_KEY = 'desktop.closeToTray';

/**
 * Whether closing the window is a choice here. On macOS it is not: closing the window already
 * leaves the app running in the dock, so there is nothing to keep alive.
 */
export const closeToTrayApplies = (platform: string): boolean => platform !== 'darwin';

/** Reads the stored choice; anything but a boolean takes the default (on, wherever it applies). */
export const parseCloseToTray = (stored: unknown, platform: string): boolean =>
  closeToTrayApplies(platform) && (typeof stored === 'boolean' ? stored : true);

/** Whether closing the window should hide it into the tray instead. */
export const readCloseToTray = (store: SettingsStore, platform: string): boolean =>
  parseCloseToTray(store.get(CLOSE_TO_TRAY_KEY), platform);

/** Saves the user's choice (for the settings toggle). */
export const saveCloseToTray = (store: SettingsStore, enabled: boolean): void => store.set(CLOSE_TO_TRAY_KEY, enabled);
