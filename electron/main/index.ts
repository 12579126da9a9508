import path from 'node:path';
import { app, BrowserWindow, dialog, net, session } from 'electron';
import type { Area } from '../../shared/app-types';
import { startDemoApi } from '../core/demo-api';
import { createLogger } from '../core/log';
import { readPublicKeyFile } from '../core/public-key-file';
import { createCore } from '../core/services';
import { readNotificationPreferences } from '../core/tracker/notification-policy';
import { readCloseToTray } from '../core/tray/close-to-tray-setting';
import { createKeychainStore } from '../core/vault/keychain-store';
import { installAppMenu } from './app-menu';
import { createAppSettingsStore, createLastKnownListsStore } from './app-settings';
import { installCloseToTray } from './close-to-tray';
import { registerIpc } from './ipc';
import { installActionNotifications } from './notifications';
import { registerAppProtocol, registerAppScheme } from './protocol';
import { rendererLocation } from './renderer-location';
import { guardPermissions } from './security/permission-guard';
import { guardAllWebContents } from './security/web-contents-guards';
import { installTray } from './tray';
import { loadTrayIcon, trayIconDir } from './tray-icon';
import { createMainWindow, revealWindow } from './window';
import { createWindowStateStore } from './window-state';

/*
 * The composition root of the desktop app: security rules first, then the core services, the
 * transport to the UI, and the window. Everything it wires is a small module with one job.
 */

const log = createLogger('main');
// The built main.js sits in dist-electron/, beside preload.cjs and next to the built UI in dist/.
const bundleDir = import.meta.dirname;
const preloadPath = path.join(bundleDir, 'preload.cjs');
const rendererRoot = path.join(bundleDir, '..', 'dist');
const ui = rendererLocation({ isPackaged: app.isPackaged, env: process.env });

let mainWindow: BrowserWindow | undefined;

const start = (): void => {
  guardPermissions(session.defaultSession, log.child('permissions'));
  registerAppProtocol(rendererRoot, log.child('protocol'));
  const settings = createAppSettingsStore();
  const core = createCore({
    runtime: 'desktop',
    name: app.getName(),
    version: app.getVersion(),
    env: process.env,
    versions: { node: process.versions.node, electron: process.versions.electron, chrome: process.versions.chrome },
    platform: process.platform,
    log,
    secrets: createKeychainStore(),
    settings,
    lastKnownLists: createLastKnownListsStore(),
    // Chromium's network stack: the system's proxy settings and certificate store apply.
    // net.fetch takes no URL objects; the client passes strings, but the type admits both.
    fetch: (input, init) => net.fetch(input instanceof URL ? input.href : input, init),
    startDemo: () => startDemoApi(log.child('demo')),
    pickPublicKeyFile: async () => {
      const options = { title: 'Choose a public key', properties: ['openFile' as const], filters: [{ name: 'Public keys', extensions: ['pub'] }, { name: 'All files', extensions: ['*'] }] };
      const chosen = mainWindow ? await dialog.showOpenDialog(mainWindow, options) : await dialog.showOpenDialog(options);
      const [filePath] = chosen.filePaths;
      return chosen.canceled || filePath === undefined ? null : readPublicKeyFile(filePath);
    },
  });
  registerIpc({ core, trustedOrigin: ui.origin, target: () => mainWindow?.webContents, log: log.child('ipc') });

  // Without a tray to come back from, closing the window must quit as before.
  let trayShown = false;
  const closeToTray = installCloseToTray({
    platform: process.platform,
    enabled: () => trayShown && readCloseToTray(settings, process.platform),
  });
  const stateStore = createWindowStateStore();
  const openMainWindow = (): void => {
    const window = createMainWindow({ preloadPath, url: ui.url, stateStore, log: log.child('window') });
    closeToTray.manage(window);
    window.on('closed', () => {
      if (mainWindow === window) mainWindow = undefined;
    });
    mainWindow = window;
  };
  openMainWindow();
  installActionNotifications({
    events: core.events,
    getWindow: () => mainWindow,
    preferences: () => readNotificationPreferences(settings),
    log: log.child('notifications'),
  });
  // Polling stops and the demo's simulator shuts down before the process goes.
  app.once('will-quit', () => void core.close());
  installAppMenu({
    appName: app.getName(),
    platform: process.platform,
    development: ui.development,
    events: core.events,
    log: log.child('menu'),
  });
  const openPanel = (area?: Area): void => {
    if (!mainWindow) {
      // A new window opens on its own start page: its UI is not listening yet to be sent elsewhere.
      openMainWindow();
      return;
    }
    revealWindow(mainWindow);
    if (area) core.events.emit('app.navigate', { area });
  };
  try {
    const trayLog = log.child('tray');
    const removeTray = installTray({
      appName: app.getName(),
      platform: process.platform,
      icon: loadTrayIcon(trayIconDir({ isPackaged: app.isPackaged, resourcesPath: process.resourcesPath, bundleDir }), process.platform, trayLog),
      events: core.events,
      tracker: core.tracker,
      accounts: core.accounts,
      openPanel,
      log: trayLog,
    });
    trayShown = true;
    app.once('will-quit', removeTray);
  } catch (error) {
    log.error('could not show the tray icon; closing the window will quit the app', error);
  }
  // macOS keeps the app running without windows; clicking the dock icon brings one back.
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) openMainWindow();
  });
};

app.enableSandbox();
registerAppScheme();
guardAllWebContents(log.child('guard'));
if (process.platform === 'win32') app.setAppUserModelId('com.dopanel.app');
if (process.env.VITE_DEV_SERVER_URL && !ui.development) {
  log.warn('ignoring VITE_DEV_SERVER_URL: only an unpackaged app loads a loopback http dev server');
}

if (app.requestSingleInstanceLock()) {
  app.on('second-instance', () => {
    if (mainWindow) revealWindow(mainWindow);
  });
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      log.error('could not start', error);
      dialog.showErrorBox('DigitalOcean Panel could not start', error instanceof Error ? error.message : String(error));
      app.exit(1);
    });
} else {
  // Another instance owns the window; it has been told to show itself.
  app.quit();
}
