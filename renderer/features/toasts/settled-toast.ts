import type { ActionSettled, NotificationPreferences } from '../../../shared/action-types';
import { actionTypeLabel, formatDuration } from '../../tracking/progress-format';
import { resourceHref } from '../activity/resource-path';
import type { Toast } from './toast-store';

/**
 * The toast for a settled action, or null when the preferences say to stay quiet. The same rule as
 * the desktop notification (core's `decideNotification`): the mode, then whether the action was
 * started from this panel or elsewhere.
 */
export const settledToast = (settled: ActionSettled, preferences: NotificationPreferences): Toast | null => {
  if (preferences.mode === 'never') return null;
  if (preferences.mode === 'errors' && settled.outcome !== 'errored') return null;
  if (!settled.startedByUser && !preferences.includeOthers) return null;
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
