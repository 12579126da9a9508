import { wantsNotification, type ActionSettled, type NotificationPreferences } from '../../../shared/action-types';
import { settledMessage, settledTitle } from '../../../shared/actions/words';
import { resourceHref } from '../../routing/resource-path';
import type { Toast } from './toast-store';

/**
 * The toast for a settled action, or null when the preferences say to stay quiet (the rule the
 * desktop notification follows too).
 */
export const settledToast = (settled: ActionSettled, preferences: NotificationPreferences): Toast | null => {
  if (!wantsNotification(settled, preferences)) return null;
  const failed = settled.outcome === 'errored';
  return {
    id: settled.action.key,
    tone: failed ? 'danger' : 'success',
    title: settledTitle(settled),
    message: settledMessage(settled),
    href: resourceHref(settled.resource.type, settled.resource.id),
    sticky: failed,
  };
};
