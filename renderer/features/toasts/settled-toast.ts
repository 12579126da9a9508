import { wantsBatchNotification, wantsNotification, type ActionSettled, type BatchSettled, type NotificationPreferences } from '../../../shared/action-types';
import { batchMessage, batchTitle, settledMessage, settledTitle } from '../../../shared/actions/words';
import { areaPath } from '../../routing/area-path';
import { resourceHref } from '../../routing/resource-path';
import type { Toast } from './toast-store';

/**
 * The toast for a settled action, or null when the preferences say to stay quiet (the rule the
 * desktop notification follows too).
 */
export const settledToast = (settled: ActionSettled, preferences: NotificationPreferences): Toast | null => {
  // One of a bulk send: told in the batch's summary (`batchToast`).
  if (settled.batch !== undefined || !wantsNotification(settled, preferences)) return null;
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

/** One toast for every action of a bulk send, once the last has ended; it leads to the first failure, or to the list. */
export const batchToast = (summary: BatchSettled, preferences: NotificationPreferences): Toast | null => {
  if (!wantsBatchNotification(summary, preferences)) return null;
  const [firstFailure] = summary.failures;
  return {
    id: `batch:${summary.batch}`,
    tone: firstFailure ? 'danger' : 'success',
    title: batchTitle(summary),
    message: batchMessage(summary),
    href: firstFailure ? resourceHref(firstFailure.resource.type, firstFailure.resource.id) : `#${areaPath(summary.resourceType === 'droplet' ? 'droplets' : 'images')}`,
    sticky: firstFailure !== undefined,
  };
};
