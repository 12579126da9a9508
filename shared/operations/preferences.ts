import { notificationModes, type NotificationPreferences } from '../action-types';
import { noInput, operation } from '../operation';
import { z } from '../zod';

/** The main side's own preferences, which the settings screen shows and changes. */
export interface Preferences {
  /** When a settled action shows a notification (a native one on the desktop, a toast in a browser tab). */
  notifications: NotificationPreferences;
  /** Closing the window keeps the app in the tray: `applies` only in the desktop app outside macOS. */
  closeToTray: { applies: boolean; enabled: boolean };
}

const preferencesUpdate = z
  .object({
    notifications: z
      .object({
        mode: z.enum(notificationModes).optional(),
        includeOthers: z.boolean().optional(),
      })
      .strict()
      .optional(),
    closeToTray: z.boolean().optional(),
  })
  .strict();

export const preferenceOperations = {
  /** The notification and tray preferences, as stored on this computer. */
  'preferences.get': operation<Preferences>()(noInput),
  /** Changes the fields given and answers with every preference; the change applies at once. */
  'preferences.update': operation<Preferences>()(preferencesUpdate),
};
