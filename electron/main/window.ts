import { BrowserWindow, nativeTheme } from 'electron';
import type { Logger } from '../core/log';
import { minimumWindowSize } from './window-bounds';
import { restoreBounds, trackWindowState, type WindowStateStore } from './window-state';

/** Painted before the UI's first frame; `--color-bg` in renderer/styles/tokens.css, so opening does not flash. */
export const windowBackground = { dark: '#111317', light: '#ffffff' } as const;

export interface MainWindowOptions {
  /** Absolute path of the bundled preload. */
  preloadPath: string;
  /** Where the UI is loaded from (the app scheme, or the dev server). */
  url: string;
  stateStore: WindowStateStore;
  log: Logger;
}

/**
 * Opens the panel's one window. Every webPreferences value is spelled out, defaults included, so
 * the security posture is visible here and to the scanner rather than implied by Electron's version.
 */
export const createMainWindow = ({ preloadPath, url, stateStore, log }: MainWindowOptions): BrowserWindow => {
  const { maximized, ...bounds } = restoreBounds(stateStore);
  const window = new BrowserWindow({
    ...bounds,
    minWidth: minimumWindowSize.width,
    minHeight: minimumWindowSize.height,
    show: false,
    backgroundColor: nativeTheme.shouldUseDarkColors ? windowBackground.dark : windowBackground.light,
    webPreferences: {
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      preload: preloadPath,
    },
  });
  trackWindowState(window, stateStore);
  // Shown only once painted, so the user never sees an empty frame.
  window.once('ready-to-show', () => {
    if (maximized) window.maximize();
    window.show();
  });
  window.loadURL(url).catch((error: unknown) => log.error('the UI failed to load', error));
  return window;
};

/** Brings a window to the front, restoring it first if it was minimized. */
export const revealWindow = (window: BrowserWindow): void => {
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
};
