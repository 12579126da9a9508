import { app, type BrowserWindow } from 'electron';

export interface CloseToTrayOptions {
  platform: NodeJS.Platform;
  /** Read at each close, so a change of setting applies at once; false while there is no tray. */
  enabled: () => boolean;
}

/** Close-to-tray, installed; each main window is handed to it. */
export interface CloseToTray {
  /** Makes closing this window hide it while close-to-tray is on, unless the app is quitting. */
  manage(window: BrowserWindow): void;
}

/**
 * Keeps the app running in the tray when its window is closed, so tracking and notifications go on.
 * A real quit (the tray's Quit, the app menu's, the OS ending the session) passes through. Owns the
 * `window-all-closed` decision: macOS keeps the app in the dock as always; elsewhere the app quits
 * unless the tray keeps it.
 */
export const installCloseToTray = ({ platform, enabled }: CloseToTrayOptions): CloseToTray => {
  let quitting = false;
  app.on('before-quit', () => {
    quitting = true;
  });
  app.on('window-all-closed', () => {
    if (platform !== 'darwin' && !enabled()) app.quit();
  });
  return {
    manage(window) {
      window.on('close', (event) => {
        if (quitting || !enabled()) return;
        event.preventDefault();
        window.hide();
      });
      // Windows ends a session without a before-quit: a window that refused to close would hold it up.
      window.on('session-end', () => {
        quitting = true;
      });
    },
  };
};
