import {
  defaultNotificationPreferences,
  notificationModes,
  wantsNotification,
  type ActionSettled,
  type NotificationMode,
  type NotificationPreferences,
} from '../../../shared/action-types';
import type { SettingsStore } from '../settings-store';
import { formatDuration } from './format-duration';

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

const LABELS: Readonly<Record<string, string>> = {
  create: 'Create',
  power_on: 'Power on',
  power_off: 'Power off',
  shutdown: 'Shut down',
  reboot: 'Reboot',
  power_cycle: 'Power cycle',
  snapshot: 'Snapshot',
  resize: 'Resize',
  rebuild: 'Rebuild',
  restore: 'Restore',
  rename: 'Rename',
  password_reset: 'Password reset',
  enable_backups: 'Enable backups',
  disable_backups: 'Disable backups',
  change_backup_policy: 'Backup policy change',
  enable_ipv6: 'Enable IPv6',
  change_kernel: 'Kernel change',
  transfer: 'Image transfer',
  convert: 'Convert to snapshot',
  image_import: 'Image import',
};

/** `snapshot` → "Snapshot"; a type we have no words for reads as itself, made legible. */
export const actionLabel = (type: string): string => {
  const known = LABELS[type];
  if (known) return known;
  const words = type.replaceAll('_', ' ').trim();
  return words === '' ? 'Action' : `${words.charAt(0).toUpperCase()}${words.slice(1)}`;
};

/**
 * Whether a settled action deserves a desktop notification, and its words. Pure: the Electron side
 * only displays what this returns.
 */
export const decideNotification = (settled: ActionSettled, preferences: NotificationPreferences): ActionNotification | null => {
  if (!wantsNotification(settled, preferences)) return null;
  const label = actionLabel(settled.action.type);
  const duration = formatDuration(settled.durationMs);
  const body =
    settled.outcome === 'completed'
      ? `${settled.resource.name}: done in ${duration}.`
      : `${settled.resource.name}: failed after ${duration}. ${settled.errorMessage ?? 'DigitalOcean gives no reason for a failed action.'}`;
  return {
    title: `${label} ${settled.outcome === 'completed' ? 'completed' : 'failed'}`,
    body,
    target: { area: settled.resource.type === 'droplet' ? 'droplets' : 'images', resourceId: settled.resource.id },
  };
};
