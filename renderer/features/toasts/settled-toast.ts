import { wantsNotification, type ActionSettled, type NotificationPreferences } from '../../../shared/action-types';
import { actionTypeLabel, formatDuration } from '../../tracking/progress-format';
import { resourceHref } from '../../routing/resource-path';
import type { Toast } from './toast-store';

/**
 * The toast for a settled action, or null when the preferences say to stay quiet (the rule the
 * desktop notification follows too).
 */
export const settledToast = (settled: ActionSettled, preferences: NotificationPreferences): Toast | null => {
  if (!wantsNotification(settled, preferences)) return null;
  const label = actionTypeLabel(settled.action.type);
  const duration = formatDuration(settled.durationMs);
  const failed = settled.outcome === 'errored';
  return {
    id: settled.action.key,
    tone: failed ? 'danger' : 'success',
    title: `${label} ${failed ? 'failed' : 'completed'}`,
    message: failed
      ? `${settled.resource.name}: failed after ${duration}. ${settled.errorMessage ?? 'DigitalOcean gives no reason for a failed action.'}`
      : `${settled.resource.name}: done in ${duration}.`,
    href: resourceHref(settled.resource.type, settled.resource.id),
    sticky: failed,
  };
};
