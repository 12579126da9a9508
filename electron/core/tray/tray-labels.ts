import type { ActionProgress, ActionSettled, InFlightAction } from '../../../shared/action-types';
import { formatDuration } from '../tracker/format-duration';
import { actionLabel } from '../tracker/notification-policy';

const separator = ' · ';
const minuteMs = 60_000;

/**
 * What is known about the progress: the estimated time left, or only that it runs (and for how long).
 * DigitalOcean reports no percentage, and a percent made from an estimate would read as exact, so
 * none is shown. Minutes only: the menu is rebuilt at each poll, and seconds would be stale by then.
 */
const progressText = (progress: ActionProgress, elapsedMs: number): string => {
  if (progress.kind === 'estimate') {
    const left = progress.etaMs < minuteMs ? 'under a minute left' : `about ${formatDuration(Math.ceil(progress.etaMs / minuteMs) * minuteMs)} left`;
    return left;
  }
  return elapsedMs < minuteMs ? 'in progress' : `in progress${separator}${formatDuration(Math.floor(elapsedMs / minuteMs) * minuteMs)} so far`;
};

/** "Snapshot · web-01 · about 3 min left", or "Reboot · web-02 · in progress". */
export const inFlightLabel = (action: InFlightAction): string =>
  [actionLabel(action.type), action.resource.name, progressText(action.progress, action.elapsedMs)].join(separator);

/** "Snapshot completed · web-01 · 3 min 5 s", or "Reboot failed · web-02 · 40 s". */
export const settledLabel = (settled: ActionSettled): string =>
  [
    `${actionLabel(settled.action.type)} ${settled.outcome === 'completed' ? 'completed' : 'failed'}`,
    settled.resource.name,
    formatDuration(settled.durationMs),
  ].join(separator);

/** "1 action in progress", "3 actions in progress", "Nothing in progress". */
export const inFlightSummary = (count: number): string =>
  count === 0 ? 'Nothing in progress' : `${count} ${count === 1 ? 'action' : 'actions'} in progress`;
