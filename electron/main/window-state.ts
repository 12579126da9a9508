import { ipcMain, screen, type BrowserWindow } from 'electron';
import Store from 'electron-store';
import { z } from 'zod';
import { initialBounds, type InitialBounds, type SavedWindowState } from './window-bounds';

// The file is the user's to edit or damage: anything that does not parse is ignored, not trusted.
const savedStateSchema = z.object({
  x: z.number().int(),
  y: z.number().int(),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  maximized: z.boolean(),
});

/** Where the window's place is remembered; tests replace it with an in-memory one. */
export interface WindowStateStore {
  load(): SavedWindowState | undefined;
  save(state: SavedWindowState): void;
}

/** The channel electron-store opens so renderer processes can find the user data folder. */
export const electronStoreChannel = 'electron-store-get-data';

/** The window state in `window-state.json` in the user data folder. */
export const createWindowStateStore = (): WindowStateStore => {
  const store = new Store<{ main?: unknown }>({ name: 'window-state' });
  // electron-store answers that channel for any sender; our renderer never uses the store, and no
  // IPC channel outside the contract may stay open, unvalidated.
  ipcMain.removeAllListeners(electronStoreChannel);
  return {
    load: () => {
      const parsed = savedStateSchema.safeParse(store.get('main'));
      return parsed.success ? parsed.data : undefined;
    },
    save: (state) => store.set('main', state),
  };
};

/** Bounds for a new main window, checked against the displays attached now. */
export const restoreBounds = (store: WindowStateStore): InitialBounds =>
  initialBounds(
    store.load(),
    screen.getAllDisplays().map((display) => display.workArea),
  );

/** How long the window must stay still before a resize or move is written to disk. */
export const saveDelayMs = 500;

/**
 * Remembers the window's normal bounds and maximized state: soon after it is resized or moved
 * (dragging emits dozens of events a second), and at once when it closes.
 */
export const trackWindowState = (window: BrowserWindow, store: WindowStateStore): void => {
  let pending: NodeJS.Timeout | undefined;
  const save = (): void => {
    clearTimeout(pending);
    pending = undefined;
    if (window.isDestroyed()) return;
    store.save({ ...window.getNormalBounds(), maximized: window.isMaximized() });
  };
  const saveSoon = (): void => {
    clearTimeout(pending);
    pending = setTimeout(save, saveDelayMs);
  };
  window.on('resize', saveSoon);
  window.on('move', saveSoon);
  window.on('close', save);
};
