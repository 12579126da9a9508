import type { ActionProgress, ActionSettled, BatchSettled, InFlightAction, SettledAction, TrackedAction } from '../action-types';
import { actionName } from './catalogue';

/*
 * How tracked work is put into words, on every surface: list rows, detail panes, Activity, the tray,
 * desktop notifications and browser toasts. DigitalOcean reports no percentage, so nothing here ever
 * prints one; an estimate always says it is one.
 */

const MINUTE = 60_000;

/** A duration as people say it: "under a second", "42 s", "3 min 5 s", "12 min", "1 h 5 min". */
export const formatDuration = (ms: number): string => {
  if (!Number.isFinite(ms) || ms < 1000) return 'under a second';
  const seconds = Math.round(ms / 1000);
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.floor(seconds / 60);
  // Seconds matter for a few minutes; past ten they are noise.
  if (minutes < 10) return seconds % 60 === 0 ? `${minutes} min` : `${minutes} min ${seconds % 60} s`;
  const roundedMinutes = Math.round(seconds / 60);
  if (roundedMinutes < 60) return `${roundedMinutes} min`;
  const hours = Math.floor(roundedMinutes / 60);
  return roundedMinutes % 60 === 0 ? `${hours} h` : `${hours} h ${roundedMinutes % 60} min`;
};

/** The estimated time left, in whole minutes: seconds would be stale by the next poll. */
export const timeLeftText = (etaMs: number): string => {
  const minutes = Math.round(etaMs / MINUTE);
  return minutes < 1 ? 'less than a minute left' : `about ${formatDuration(minutes * MINUTE)} left`;
};

/**
 * What running work says beside its name: the estimated time left, or only that it runs (and, past a
 * minute, for how long) when there is no honest estimate.
 */
export const runningText = (progress: ActionProgress, elapsedMs: number): string => {
  if (progress.kind === 'estimate') return timeLeftText(progress.etaMs);
  return elapsedMs < MINUTE ? 'in progress' : `in progress · ${formatDuration(Math.floor(elapsedMs / MINUTE) * MINUTE)} so far`;
};

/** "Snapshot · about 3 min left": a list row's status, a tray entry's start. */
export const progressText = (action: Pick<InFlightAction, 'type' | 'progress' | 'elapsedMs'>): string =>
  `${actionName(action.type)} · ${runningText(action.progress, action.elapsedMs)}`;

const indeterminateWhy = {
  'no-basis': 'No earlier run to estimate from.',
  'size-unknown': 'The size to estimate from is unknown.',
  overdue: 'Taking longer than expected.',
} as const;

/**
 * Running work whose status the tracker cannot confirm (its polls fail): no time left is claimed,
 * only when DigitalOcean last said it ran. `since` is that moment as the viewer's clock shows it.
 */
export const unconfirmedText = (since: string): string => `status unknown since ${since}`;

/** A tooltip that says where the estimate comes from, so the time left is never taken as DigitalOcean's own. */
export const progressBasis = (action: Pick<InFlightAction, 'progress' | 'elapsedMs'>): string => {
  const elapsed = `Running for ${formatDuration(action.elapsedMs)}.`;
  if (action.progress.kind === 'indeterminate') return `${elapsed} ${indeterminateWhy[action.progress.reason]}`;
  const basis = action.progress.basis === 'learned' ? 'your earlier runs' : 'typical durations';
  return `${elapsed} Estimated from ${basis}; DigitalOcean reports no percentage.`;
};

/** How long settled work took, from DigitalOcean's timestamps. */
export const settledDurationMs = (action: Pick<SettledAction, 'startedAt' | 'completedAt'>): number =>
  Math.max(0, Date.parse(action.completedAt) - Date.parse(action.startedAt));

/** What a progress bar says under its title: elapsed and time left (an estimate), or how it ended. */
export const progressDetail = (action: InFlightAction | SettledAction): string => {
  if (action.status !== 'in-progress') {
    const took = formatDuration(settledDurationMs(action));
    return action.status === 'completed' ? `Done in ${took}` : `Failed after ${took}`;
  }
  const elapsed = `${formatDuration(action.elapsedMs)} elapsed`;
  if (action.progress.kind === 'indeterminate') {
    return action.progress.reason === 'overdue' ? `${elapsed} · taking longer than expected` : `${elapsed} · no estimate yet`;
  }
  return `${elapsed} · ${timeLeftText(action.progress.etaMs)} (estimate)`;
};

/** Why errored work failed: DigitalOcean's reason where it gave one. */
export const failureReason = (errorMessage: string | undefined): string => errorMessage ?? 'DigitalOcean gives no reason for a failed action.';

/** "Snapshot completed" or "Reboot failed". */
export const settledTitle = (settled: Pick<ActionSettled, 'outcome'> & { action: { type: string } }): string =>
  `${actionName(settled.action.type)} ${settled.outcome === 'completed' ? 'completed' : 'failed'}`;

/** "web-01: done in 3 min 5 s." or "web-01: failed after 40 s. <reason>" */
export const settledMessage = (settled: Pick<ActionSettled, 'outcome' | 'durationMs' | 'resource' | 'errorMessage'>): string => {
  const duration = formatDuration(settled.durationMs);
  return settled.outcome === 'completed'
    ? `${settled.resource.name}: done in ${duration}.`
    : `${settled.resource.name}: failed after ${duration}. ${failureReason(settled.errorMessage)}`;
};

/** "Reboot: 9 completed, 1 failed": one line for every action of a bulk send. */
export const batchTitle = (summary: Pick<BatchSettled, 'type' | 'completed' | 'failures'>): string => {
  const counts = [summary.completed > 0 ? `${summary.completed} completed` : '', summary.failures.length > 0 ? `${summary.failures.length} failed` : ''];
  return `${actionName(summary.type)}: ${counts.filter(Boolean).join(', ') || 'nothing started'}`;
};

/** Which failed, by name, and why when only one did; or that all of them finished. */
export const batchMessage = (summary: Pick<BatchSettled, 'completed' | 'failures'>): string => {
  const [only] = summary.failures;
  if (summary.failures.length === 0) return `All ${summary.completed} finished.`;
  if (summary.failures.length === 1 && only) return `${only.resource.name} failed. ${failureReason(only.errorMessage)}`;
  return `Failed: ${summary.failures.map((failure) => failure.resource.name).join(', ')}.`;
};

/** Why a write's outcome is in doubt: it may have reached DigitalOcean before the failure. */
export type DoubtCause = 'connection' | 'timeout' | 'server';

const doubtWords: Record<DoubtCause, string> = {
  connection: 'The connection broke while the request was being sent',
  timeout: 'DigitalOcean did not answer in time',
  server: 'DigitalOcean answered with an error',
};

/** An action request that may have reached DigitalOcean, which then showed no such action: it did not start. */
export const notStartedText = (type: string, resourceName: string, cause: DoubtCause): string =>
  `${doubtWords[cause]}, so DigitalOcean may have received the ${actionName(type)} request for ${resourceName}. ` +
  `It did not start: DigitalOcean's latest actions show no ${actionName(type)} on ${resourceName} since it was sent. You can send it again.`;

/** An action request that may have reached DigitalOcean, and the panel could not check: the person must look first. */
export const outcomeUnknownText = (type: string, resourceName: string, cause: DoubtCause): string =>
  `${doubtWords[cause]}, so DigitalOcean may have received the ${actionName(type)} request for ${resourceName}, ` +
  `and the panel could not check whether it started. Look at ${resourceName}'s history before sending it again.`;

/** The badge of tracked work the panel did not start (Activity). */
export const startedElsewhereLabel = 'Started elsewhere';

/** The badge of work whose request got no clear answer and which the panel then found running. */
export const foundAfterDoubtLabel = 'Found after a failed send';

/**
 * Where tracked work came from, said once under its bar when it was not a plain click here: found
 * after a send that failed (so it is known not to have been sent twice), or noticed on the account.
 * Nothing for the panel's own work.
 */
export const originText = (action: Pick<TrackedAction, 'type' | 'startedByUser' | 'foundAfter'>): string | undefined => {
  if (action.foundAfter !== undefined) {
    return (
      `${doubtWords[action.foundAfter]}, but DigitalOcean had received the ${actionName(action.type)} request: ` +
      'the panel found it among DigitalOcean’s latest actions and follows it. It was not sent again.'
    );
  }
  return action.startedByUser ? undefined : 'Started elsewhere (the control panel, doctl, an API client or a schedule): the panel noticed it on the account.';
};
