import type { AppInfo } from '../../../shared/app-types';
import type { Preferences } from '../../../shared/operations/preferences';
import type { Handlers } from '../dispatch';
import { AppError, validationError } from '../errors';
import type { SettingsStore } from '../settings-store';
import { readNotificationPreferences, saveNotificationPreferences } from '../tracker/notification-policy';
import { closeToTrayApplies, readCloseToTray, saveCloseToTray } from '../tray/close-to-tray-setting';
import type { AreaHandlers, HandlerDeps } from './deps';

/** Only the desktop app has a window to close into a tray, and macOS keeps apps in the dock instead. */
const trayApplies = (info: AppInfo): boolean => info.runtime === 'desktop' && closeToTrayApplies(info.platform);

/**
 * Read from the settings store on every call: the notification adapter and close-to-tray read the
 * same keys each time they act, so what is saved here applies at once.
 */
const readPreferences = (settings: SettingsStore, info: AppInfo): Preferences => {
  const applies = trayApplies(info);
  return {
    notifications: readNotificationPreferences(settings),
    closeToTray: { applies, enabled: applies && readCloseToTray(settings, info.platform) },
  };
};

const preferencesUpdateHandler =
  ({ settings, info }: Pick<HandlerDeps, 'settings' | 'info'>): Handlers['preferences.update'] =>
  async ({ notifications, closeToTray }) => {
    if (closeToTray !== undefined && !trayApplies(info)) {
      throw new AppError(
        validationError('Keeping the app in the tray applies only to the desktop app on Windows and Linux.', [
          { path: 'closeToTray', message: 'There is no tray to keep the app in here.' },
        ]),
      );
    }
    if (notifications) saveNotificationPreferences(settings, { ...readNotificationPreferences(settings), ...notifications });
    if (closeToTray !== undefined) saveCloseToTray(settings, closeToTray);
    return readPreferences(settings, info);
  };

export const preferenceHandlers = (deps: HandlerDeps): AreaHandlers<'preferences.get' | 'preferences.update'> => ({
  'preferences.get': async () => readPreferences(deps.settings, deps.info),
  'preferences.update': preferencesUpdateHandler(deps),
});
