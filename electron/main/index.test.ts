import type { EventEmitter } from 'node:events';
import { app, BrowserWindow, ipcMain, Menu, protocol, session } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { operationChannel, operationNames } from '../../shared/contract';

/** What the composition root did, in order, and the hooks it left behind. */
const electron = vi.hoisted(() => ({
  calls: [] as string[],
  hasLock: true,
  ready: undefined as (() => void) | undefined,
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
    focus = vi.fn();
    constructor(readonly options: unknown) {
      super();
      FakeBrowserWindow.windows.push(this);
    }
  }
  return {
    app,
    BrowserWindow: FakeBrowserWindow,
    dialog: { showErrorBox: vi.fn() },
    ipcMain: { handle: vi.fn(), removeHandler: vi.fn(), removeAllListeners: vi.fn() },
    Menu: { buildFromTemplate: vi.fn(() => ({})), setApplicationMenu: vi.fn() },
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
  };
});
vi.mock('electron-store', () => ({
  default: class {
    get = () => undefined;
    set = () => undefined;
    delete = () => undefined;
  },
}));

interface FakeWindow extends EventEmitter {
  options: { webPreferences: { preload: string } };
  loadURL: ReturnType<typeof vi.fn>;
  restore: ReturnType<typeof vi.fn>;
  focus: ReturnType<typeof vi.fn>;
}
const windows = (BrowserWindow as unknown as { windows: FakeWindow[] }).windows;
const appEvents = app as unknown as EventEmitter;

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
  electron.calls.length = 0;
  electron.hasLock = true;
  electron.ready = undefined;
  vi.stubEnv('VITE_DEV_SERVER_URL', '');
});

afterEach(() => {
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

  it.runIf(process.platform !== 'darwin')('quits when the last window closes outside macOS', async () => {
    await start();
    appEvents.emit('window-all-closed');
    expect(electron.calls).toContain('quit');
  });
});
