import type { EventEmitter } from 'node:events';
import { app, BrowserWindow, ipcMain, Menu, nativeImage, protocol, session, Tray, type MenuItemConstructorOptions } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { operationChannel, operationNames } from '../../shared/contract';

/** What the composition root did, in order, and the hooks it left behind. */
const electron = vi.hoisted(() => ({
  calls: [] as string[],
  hasLock: true,
  ready: undefined as (() => void) | undefined,
  /** What electron-store holds, for every store the app opens. */
  stored: new Map<string, unknown>(),
  trayFails: false,
}));

vi.mock('electron', async () => {
  const { EventEmitter: Emitter } = await import('node:events');
  const record = (name: string) => vi.fn(() => void electron.calls.push(name));
  const app = Object.assign(new Emitter(), {
    isPackaged: true,
    enableSandbox: record('enableSandbox'),
    setAppUserModelId: record('setAppUserModelId'),
    requestSingleInstanceLock: vi.fn(() => electron.hasLock),
    quit: record('quit'),
    exit: record('exit'),
    setBadgeCount: vi.fn(() => true),
    getName: () => 'DigitalOcean Panel',
    getVersion: () => '0.1.0',
    whenReady: vi.fn(() => new Promise<void>((resolve) => (electron.ready = resolve))),
  });
  class FakeBrowserWindow extends Emitter {
    static windows: FakeBrowserWindow[] = [];
    static getAllWindows = () => FakeBrowserWindow.windows;
    webContents = { send: vi.fn(), isDestroyed: () => false };
    loadURL = vi.fn(() => Promise.resolve());
    isMinimized = () => true;
    restore = vi.fn();
    show = vi.fn();
    hide = vi.fn();
    focus = vi.fn();
    isDestroyed = () => false;
    isMaximized = () => false;
    getNormalBounds = () => ({ x: 0, y: 0, width: 1280, height: 800 });
    constructor(readonly options: unknown) {
      super();
      FakeBrowserWindow.windows.push(this);
    }
  }
  class FakeTray extends Emitter {
    static created: FakeTray[] = [];
    setToolTip = vi.fn();
    setTitle = vi.fn();
    setContextMenu = vi.fn();
    destroy = vi.fn();
    constructor(readonly image: unknown) {
      super();
      if (electron.trayFails) throw new Error('no system tray');
      FakeTray.created.push(this);
    }
  }
  return {
    app,
    BrowserWindow: FakeBrowserWindow,
    dialog: { showErrorBox: vi.fn() },
    ipcMain: { handle: vi.fn(), removeHandler: vi.fn(), removeAllListeners: vi.fn() },
    Menu: { buildFromTemplate: vi.fn((template: unknown) => ({ template })), setApplicationMenu: vi.fn() },
    nativeImage: { createFromPath: vi.fn((file: string) => ({ file, isEmpty: () => false, setTemplateImage: vi.fn() })) },
    net: { fetch: vi.fn() },
    nativeTheme: { shouldUseDarkColors: false },
    protocol: { registerSchemesAsPrivileged: record('registerSchemesAsPrivileged'), handle: vi.fn() },
    screen: { getAllDisplays: () => [] },
    session: {
      defaultSession: {
        setPermissionRequestHandler: vi.fn(),
        setPermissionCheckHandler: vi.fn(),
        setDevicePermissionHandler: vi.fn(),
      },
    },
    shell: { openExternal: vi.fn() },
    Tray: FakeTray,
  };
});
vi.mock('electron-store', () => ({
  default: class {
    get = (key: string) => electron.stored.get(key);
    set = (key: string, value: unknown) => void electron.stored.set(key, value);
    delete = (key: string) => void electron.stored.delete(key);
  },
}));

// The tray lists the accounts, which asks the keychain: the real one has no place in this test.
vi.mock('../core/vault/keychain-store', async () => {
  const { createMemorySecretStore } = await import('../core/vault/memory-store');
  return { createKeychainStore: createMemorySecretStore };
});

interface FakeWindow extends EventEmitter {
  options: { webPreferences: { preload: string } };
  loadURL: ReturnType<typeof vi.fn>;
  restore: ReturnType<typeof vi.fn>;
  hide: ReturnType<typeof vi.fn>;
  focus: ReturnType<typeof vi.fn>;
}
interface FakeTray extends EventEmitter {
  image: { file: string };
  setContextMenu: ReturnType<typeof vi.fn>;
  destroy: ReturnType<typeof vi.fn>;
}
const windows = (BrowserWindow as unknown as { windows: FakeWindow[] }).windows;
const trays = (Tray as unknown as { created: FakeTray[] }).created;
const appEvents = app as unknown as EventEmitter;

/** Emits the window's 'close' and says whether it would go. */
const closeWindow = (window: FakeWindow | undefined): boolean => {
  let prevented = false;
  window?.emit('close', { preventDefault: () => (prevented = true) });
  return !prevented;
};

/** Clicks an item of this app's tray menu as last set. */
const clickTrayItem = (id: string): void => {
  const menu = trays.at(-1)?.setContextMenu.mock.calls.at(-1)?.[0] as { template: MenuItemConstructorOptions[] } | undefined;
  const entry = menu?.template.find((candidate) => candidate.id === id);
  if (!entry) throw new Error(`no tray menu item ${id}`);
  (entry.click as () => void)();
};

const start = async () => {
  await import('./index');
  electron.ready?.();
  await vi.waitFor(() => expect(windows).toHaveLength(1));
};

beforeEach(() => {
  vi.resetModules();
  vi.clearAllMocks();
  appEvents.removeAllListeners();
  windows.length = 0;
  trays.length = 0;
  electron.calls.length = 0;
  electron.hasLock = true;
  electron.ready = undefined;
  electron.stored.clear();
  electron.trayFails = false;
  vi.stubEnv('VITE_DEV_SERVER_URL', '');
  // Electron sets it; plain Node has none.
  Object.defineProperty(process, 'resourcesPath', { value: '/opt/panel/resources', configurable: true });
});

afterEach(() => {
  // Stops what the test started (tracker, tray), so nothing of it runs into the next test.
  appEvents.emit('will-quit');
  vi.unstubAllEnvs();
});

describe('the composition root', () => {
  it('turns on the sandbox and registers the app scheme before the app is ready', async () => {
    await import('./index');
    expect(electron.calls.slice(0, 2)).toEqual(['enableSandbox', 'registerSchemesAsPrivileged']);
    expect(app.whenReady).toHaveBeenCalledOnce();
    expect(windows).toHaveLength(0);
    expect(appEvents.listenerCount('web-contents-created')).toBe(1);
  });

  it('wires guards, protocol, IPC, window and menu once ready', async () => {
    await start();
    expect(session.defaultSession.setPermissionRequestHandler).toHaveBeenCalledOnce();
    expect(protocol.handle).toHaveBeenCalledExactlyOnceWith('app', expect.any(Function));
    expect(vi.mocked(ipcMain.handle).mock.calls.map(([channel]) => channel).sort()).toEqual(
      operationNames.map(operationChannel).sort(),
    );
    expect(windows[0]?.loadURL).toHaveBeenCalledExactlyOnceWith('app://panel/index.html');
    expect(windows[0]?.options.webPreferences.preload).toMatch(/[/\\]preload\.cjs$/);
    expect(Menu.setApplicationMenu).toHaveBeenCalledOnce();
  });

  it('quits at once when another instance holds the lock', async () => {
    electron.hasLock = false;
    await import('./index');
    expect(electron.calls).toContain('quit');
    expect(app.whenReady).not.toHaveBeenCalled();
  });

  it('brings the window back when a second instance starts', async () => {
    await start();
    appEvents.emit('second-instance');
    expect(windows[0]?.restore).toHaveBeenCalledOnce();
    expect(windows[0]?.focus).toHaveBeenCalledOnce();
  });

  it('reopens the window on activate once it was closed', async () => {
    await start();
    const first = windows.pop();
    first?.emit('closed');
    appEvents.emit('activate');
    expect(windows).toHaveLength(1);
  });

  it('shows the tray icon from the packaged resources, and removes it on quit', async () => {
    await start();
    expect(nativeImage.createFromPath).toHaveBeenCalledOnce();
    expect(trays[0]?.image.file).toMatch(/^[/\\]opt[/\\]panel[/\\]resources[/\\]tray[/\\]tray-(color|template)\.png$/);
    appEvents.emit('will-quit');
    expect(trays[0]?.destroy).toHaveBeenCalledOnce();
  });

  it.runIf(process.platform !== 'darwin')('keeps running in the tray when the window is closed outside macOS', async () => {
    await start();
    expect(closeWindow(windows[0])).toBe(false);
    expect(windows[0]?.hide).toHaveBeenCalledOnce();
    appEvents.emit('window-all-closed');
    expect(electron.calls).not.toContain('quit');
    clickTrayItem('open-panel');
    expect(windows).toHaveLength(1);
    expect(windows[0]?.focus).toHaveBeenCalledOnce();
  });

  it('lets the window close once quitting from the tray', async () => {
    await start();
    clickTrayItem('quit');
    expect(electron.calls).toContain('quit');
    appEvents.emit('before-quit');
    expect(closeWindow(windows[0])).toBe(true);
  });

  it('opens a new window from the tray once the window was closed', async () => {
    electron.stored.set('desktop.closeToTray', false);
    await start();
    expect(closeWindow(windows[0])).toBe(true);
    windows.pop()?.emit('closed');
    clickTrayItem('open-panel');
    expect(windows).toHaveLength(1);
  });

  it.runIf(process.platform !== 'darwin')('quits when the last window closes with close-to-tray off, outside macOS', async () => {
    electron.stored.set('desktop.closeToTray', false);
    await start();
    appEvents.emit('window-all-closed');
    expect(electron.calls).toContain('quit');
  });

  it.runIf(process.platform !== 'darwin')('closes and quits as before when the tray cannot be shown', async () => {
    electron.trayFails = true;
    await start();
    expect(closeWindow(windows[0])).toBe(true);
    appEvents.emit('window-all-closed');
    expect(electron.calls).toContain('quit');
  });
});
