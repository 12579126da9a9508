import type { EventEmitter } from 'node:events';
import { BrowserWindow, nativeTheme, type BrowserWindowConstructorOptions } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createLogger } from '../core/log';
import { createMainWindow, revealWindow, windowBackground } from './window';
import type { WindowStateStore } from './window-state';

vi.mock('electron', async () => {
  const { EventEmitter: Emitter } = await import('node:events');
  /** Records its options and the calls the window module makes. */
  class FakeBrowserWindow extends Emitter {
    static created: FakeBrowserWindow[] = [];
    loadURL = vi.fn(() => Promise.resolve());
    show = vi.fn();
    maximize = vi.fn();
    constructor(readonly options: unknown) {
      super();
      FakeBrowserWindow.created.push(this);
    }
  }
  return {
    BrowserWindow: FakeBrowserWindow,
    nativeTheme: { shouldUseDarkColors: false },
    screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] },
  };
});
vi.mock('electron-store', () => ({ default: class {} }));

interface FakeWindow extends EventEmitter {
  options: BrowserWindowConstructorOptions;
  loadURL: ReturnType<typeof vi.fn>;
  show: ReturnType<typeof vi.fn>;
  maximize: ReturnType<typeof vi.fn>;
}
const created = (BrowserWindow as unknown as { created: FakeWindow[] }).created;

const memoryStore = (saved?: ReturnType<WindowStateStore['load']>): WindowStateStore => ({
  load: () => saved,
  save: vi.fn(),
});

const open = (store = memoryStore()) => {
  createMainWindow({
    preloadPath: '/opt/panel/dist-electron/preload.cjs',
    url: 'app://panel/index.html',
    stateStore: store,
    log: createLogger('test', { sink: () => undefined }),
  });
  const window = created.at(-1);
  if (!window) throw new Error('no window was created');
  return window;
};

const useDarkColors = (dark: boolean) => Object.assign(nativeTheme, { shouldUseDarkColors: dark });

beforeEach(() => {
  created.length = 0;
  useDarkColors(false);
});

describe('createMainWindow', () => {
  it('spells out every security-relevant webPreference', () => {
    expect(open().options.webPreferences).toStrictEqual({
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
      preload: '/opt/panel/dist-electron/preload.cjs',
    });
  });

  it('loads the given URL', () => {
    expect(open().loadURL).toHaveBeenCalledExactlyOnceWith('app://panel/index.html');
  });

  it('stays hidden until the first paint', () => {
    const window = open();
    expect(window.options.show).toBe(false);
    expect(window.show).not.toHaveBeenCalled();
    window.emit('ready-to-show');
    expect(window.show).toHaveBeenCalledOnce();
    expect(window.maximize).not.toHaveBeenCalled();
  });

  it('paints the background of the current theme', () => {
    expect(open().options.backgroundColor).toBe(windowBackground.light);
    useDarkColors(true);
    expect(open().options.backgroundColor).toBe(windowBackground.dark);
  });

  it('opens centered at the default size, no smaller than the minimum', () => {
    const { options } = open();
    expect(options).toMatchObject({ width: 1280, height: 800, minWidth: 960, minHeight: 600 });
    expect(options).not.toHaveProperty('x');
  });

  it('reopens where it was, maximized again if it was', () => {
    const window = open(memoryStore({ x: 100, y: 50, width: 1400, height: 900, maximized: true }));
    expect(window.options).toMatchObject({ x: 100, y: 50, width: 1400, height: 900 });
    window.emit('ready-to-show');
    expect(window.maximize).toHaveBeenCalledOnce();
  });
});

describe('revealWindow', () => {
  it('restores a minimized window before focusing it', () => {
    const window = { isMinimized: () => true, restore: vi.fn(), show: vi.fn(), focus: vi.fn() };
    revealWindow(window as unknown as BrowserWindow);
    expect(window.restore).toHaveBeenCalledOnce();
    expect(window.focus).toHaveBeenCalledOnce();
  });

  it('only focuses a window that is not minimized', () => {
    const window = { isMinimized: () => false, restore: vi.fn(), show: vi.fn(), focus: vi.fn() };
    revealWindow(window as unknown as BrowserWindow);
    expect(window.restore).not.toHaveBeenCalled();
    expect(window.focus).toHaveBeenCalledOnce();
  });
});
