import { describe, expect, it } from 'vitest';
import { createMemorySettingsStore } from '../settings-store';
import { CLOSE_TO_TRAY_KEY, parseCloseToTray, readCloseToTray, saveCloseToTray } from './close-to-tray-setting';

describe('the close-to-tray setting', () => {
  it('is on by default on Windows and Linux', () => {
    expect(parseCloseToTray(undefined, 'win32')).toBe(true);
    expect(parseCloseToTray(undefined, 'linux')).toBe(true);
  });

  it('never applies on macOS, where a closed window leaves the app in the dock', () => {
    expect(parseCloseToTray(undefined, 'darwin')).toBe(false);
    expect(parseCloseToTray(true, 'darwin')).toBe(false);
  });

  it('takes a stored boolean, and the default for anything else', () => {
    expect(parseCloseToTray(false, 'linux')).toBe(false);
    expect(parseCloseToTray('false', 'linux')).toBe(true);
    expect(parseCloseToTray(0, 'win32')).toBe(true);
    expect(parseCloseToTray(null, 'win32')).toBe(true);
  });

  it(`is saved under ${CLOSE_TO_TRAY_KEY} and read back`, () => {
    const store = createMemorySettingsStore();
    saveCloseToTray(store, false);
    expect(store.get('desktop.closeToTray')).toBe(false);
    expect(readCloseToTray(store, 'linux')).toBe(false);
    saveCloseToTray(store, true);
    expect(readCloseToTray(store, 'win32')).toBe(true);
  });
});
