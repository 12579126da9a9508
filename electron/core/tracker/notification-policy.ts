import {
  defaultNotificationPreferences,
  notificationModes,
  wantsNotification,
  type ActionSettled,
  type NotificationMode,
  type NotificationPreferences,
} from '../../../shared/action-types';
import { settledMessage, settledTitle } from '../../../shared/actions/words';
import type { SettingsStore } from '../settings-store';


/** The settings key for when to notify about settled actions. */
export const NOTIFICATION_PREFERENCES_KEY = 'notifications.actions';

/** What to show, and where a click on it leads. */
export interface ActionNotification {
  title: string;
  body: string;
  target: { area: 'droplets' | 'images'; resourceId: number };
}

const isMode = (value: unknown): value is NotificationMode => (notificationModes as readonly unknown[]).includes(value);

/** Reads stored preferences field by field; anything missing or malformed takes its default. */
export const parseNotificationPreferences = (stored: unknown): NotificationPreferences => {
  const record = typeof stored === 'object' && stored !== null ? (stored as Record<string, unknown>) : {};
  return {
    mode: isMode(record.mode) ? record.mode : defaultNotificationPreferences.mode,
    includeOthers: typeof record.includeOthers === 'boolean' ? record.includeOthers : defaultNotificationPreferences.includeOthers,
  };
};

export const readNotificationPreferences = (store: SettingsStore): NotificationPreferences =>
  parseNotificationPreferences(store.get(NOTIFICATION_PREFERENCES_KEY));

export const saveNotificationPreferences = (store: SettingsStore, preferences: NotificationPreferences): void =>
  store.set(NOTIFICATION_PREFERENCES_KEY, parseNotificationPreferences(preferences));

/**
 * Whether a settled action deserves a desktop notification, and its words. Pure: the Electron side
 * only displays what this returns.
 */
export const decideNotification = (settled: ActionSettled, preferences: NotificationPreferences): ActionNotification | null => {
  if (!wantsNotification(settled, preferences)) return null;
  return {
    title: settledTitle(settled),
    body: settledMessage(settled),
    target: { area: settled.resource.type === 'droplet' ? 'droplets' : 'images', resourceId: settled.resource.id },
  };
};
