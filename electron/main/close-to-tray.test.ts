import { EventEmitter } from 'node:events';
import { app, type BrowserWindow } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { installCloseToTray } from './close-to-tray';

vi.mock('electron', async () => {
  const { EventEmitter: Emitter } = await import('node:events');
  return { app: Object.assign(new Emitter(), { quit: vi.fn() }) };
});

const appEvents = app as unknown as EventEmitter;

/** A window whose close can be prevented, as Electron's can. */
class FakeWindow extends EventEmitter {
  hide = vi.fn();
  /** Emits 'close' and says whether the window would go. */
  close(): boolean {
    let prevented = false;
    this.emit('close', { preventDefault: () => (prevented = true) });
    return !prevented;
  }
}

let enabled: boolean;

const install = (platform: NodeJS.Platform = 'linux') => {
  const closeToTray = installCloseToTray({ platform, enabled: () => enabled });
  const window = new FakeWindow();
  closeToTray.manage(window as unknown as BrowserWindow);
  return window;
};

beforeEach(() => {
  appEvents.removeAllListeners();
  vi.mocked(app.quit).mockClear();
  enabled = true;
});

describe('installCloseToTray', () => {
  it('hides the window instead of closing it while the setting is on', () => {
    const window = install();
    expect(window.close()).toBe(false);
    expect(window.hide).toHaveBeenCalledOnce();
  });

  it('lets the window close when the setting is off, reading it at each close', () => {
    const window = install();
    enabled = false;
    expect(window.close()).toBe(true);
    enabled = true;
    expect(window.close()).toBe(false);
    expect(window.hide).toHaveBeenCalledOnce();
  });

  it('lets the window close once the app is quitting (the tray’s Quit, the app menu’s)', () => {
    const window = install();
    appEvents.emit('before-quit');
    expect(window.close()).toBe(true);
    expect(window.hide).not.toHaveBeenCalled();
  });

  it('lets the window close when Windows ends the session', () => {
    const window = install('win32');
    window.emit('session-end');
    expect(window.close()).toBe(true);
  });

  it('does not quit when the last window closes while the tray keeps the app', () => {
    install();
    appEvents.emit('window-all-closed');
    expect(app.quit).not.toHaveBeenCalled();
  });

  it('quits when the last window closes without close-to-tray, outside macOS', () => {
    enabled = false;
    install('win32');
    appEvents.emit('window-all-closed');
    expect(app.quit).toHaveBeenCalledOnce();
  });

  it('keeps the app running in the dock on macOS', () => {
    enabled = false;
    install('darwin');
    appEvents.emit('window-all-closed');
    expect(app.quit).not.toHaveBeenCalled();
  });
});
