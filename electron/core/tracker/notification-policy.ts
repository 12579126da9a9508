import {
  defaultNotificationPreferences,
  notificationModes,
  wantsBatchNotification,
  wantsNotification,
  type ActionSettled,
  type BatchSettled,
  type NotificationMode,
  type NotificationPreferences,
} from '../../../shared/action-types';
import { batchMessage, batchTitle, settledMessage, settledTitle } from '../../../shared/actions/words';
import type { SettingsStore } from '../settings-store';


/** The settings key for when to notify about settled actions. */
export const NOTIFICATION_PREFERENCES_KEY = 'notifications.actions';

/** What to show, and where a click on it leads. */
export interface ActionNotification {
  title: string;
  body: string;
  /** The resource to show; a batch's summary leads to its first failure, or to the list. */
  target: { area: 'droplets' | 'images'; resourceId?: number };
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
  // One of a bulk send: told in the batch's summary (`decideBatchNotification`).
  if (settled.batch !== undefined || !wantsNotification(settled, preferences)) return null;
  return {
    title: settledTitle(settled),
    body: settledMessage(settled),
    target: { area: settled.resource.type === 'droplet' ? 'droplets' : 'images', resourceId: settled.resource.id },
  };
};

/** One notification for every action of a bulk send, once the last has ended. */
export const decideBatchNotification = (summary: BatchSettled, preferences: NotificationPreferences): ActionNotification | null => {
  if (!wantsBatchNotification(summary, preferences)) return null;
  const [firstFailure] = summary.failures;
  return {
    title: batchTitle(summary),
    body: batchMessage(summary),
    target: { area: summary.resourceType === 'droplet' ? 'droplets' : 'images', ...(firstFailure ? { resourceId: firstFailure.resource.id } : {}) },
  };
};
