import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppInfo } from '../../../shared/app-types';
import type { Preferences } from '../../../shared/operations/preferences';
import { createMemorySettingsStore, type SettingsStore } from '../settings-store';
import { startSimulatedCore, type SimulatedCore } from '../testing/simulated-core';
import { readNotificationPreferences } from '../tracker/notification-policy';
import { readCloseToTray } from '../tray/close-to-tray-setting';
import type { HandlerDeps } from './deps';
import { preferenceHandlers } from './preferences';

const info = (runtime: AppInfo['runtime'], platform: string): AppInfo => ({
  name: 'DigitalOcean Panel',
  version: '0.0.0-test',
  runtime,
  platform,
  versions: { node: process.versions.node },
  apiBaseUrl: 'https://api.digitalocean.com',
});

/** The handlers over a given store, as the desktop app or browser mode on a platform would have them. */
const handlersFor = (runtime: AppInfo['runtime'], platform: string, settings: SettingsStore = createMemorySettingsStore()) =>
  preferenceHandlers({ info: info(runtime, platform), settings } as HandlerDeps);

describe('notification and tray preferences in the desktop app', () => {
  it('starts on the defaults: every completion, only the panel’s own actions, the tray on outside macOS', async () => {
    await expect(handlersFor('desktop', 'linux')['preferences.get']({})).resolves.toEqual({
      notifications: { mode: 'all', includeOthers: false },
      closeToTray: { applies: true, enabled: true },
    });
    await expect(handlersFor('desktop', 'win32')['preferences.get']({})).resolves.toMatchObject({ closeToTray: { applies: true, enabled: true } });
    await expect(handlersFor('desktop', 'darwin')['preferences.get']({})).resolves.toMatchObject({ closeToTray: { applies: false, enabled: false } });
  });

  it('saves a partial change where the notifier and the window read it, keeping the rest', async () => {
    const settings = createMemorySettingsStore();
    const handlers = handlersFor('desktop', 'linux', settings);

    await expect(handlers['preferences.update']({ notifications: { mode: 'errors' } })).resolves.toEqual({
      notifications: { mode: 'errors', includeOthers: false },
      closeToTray: { applies: true, enabled: true },
    });
    await handlers['preferences.update']({ notifications: { includeOthers: true }, closeToTray: false });

    expect(readNotificationPreferences(settings)).toEqual({ mode: 'errors', includeOthers: true });
    expect(readCloseToTray(settings, 'linux')).toBe(false);
    await expect(handlers['preferences.get']({})).resolves.toEqual({
      notifications: { mode: 'errors', includeOthers: true },
      closeToTray: { applies: true, enabled: false },
    });
  });

  it('refuses a tray choice on macOS, where the dock keeps the app', async () => {
    await expect(handlersFor('desktop', 'darwin')['preferences.update']({ closeToTray: true })).rejects.toMatchObject({
      detail: { kind: 'validation', issues: [{ path: 'closeToTray' }] },
    });
  });
});

describe('preferences through the contract, in browser mode', () => {
  let harness: SimulatedCore;

  beforeAll(async () => {
    harness = await startSimulatedCore();
  });

  afterAll(() => harness.close());

  it('has no tray to offer', async () => {
    await expect(harness.call('preferences.get')).resolves.toMatchObject({ closeToTray: { applies: false, enabled: false } });
    await expect(harness.call('preferences.update', { closeToTray: false })).rejects.toMatchObject({ detail: { kind: 'validation' } });
  });

  it('changes the notification mode, and refuses what is not a preference', async () => {
    const updated = (await harness.call('preferences.update', { notifications: { mode: 'never' } })) as Preferences;
    expect(updated.notifications).toEqual({ mode: 'never', includeOthers: false });
    await expect(harness.call('preferences.get')).resolves.toMatchObject({ notifications: { mode: 'never' } });

    for (const request of [{ notifications: { mode: 'sometimes' } }, { notifications: { includeOthers: 'yes' } }, { theme: 'dark' }]) {
      await expect(harness.call('preferences.update', request)).rejects.toMatchObject({ detail: { kind: 'validation' } });
    }
    await expect(harness.call('preferences.get')).resolves.toMatchObject({ notifications: { mode: 'never', includeOthers: false } });
  });
});
