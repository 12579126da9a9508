import type { ActionProgress, ActionSettled, BatchSettled, InFlightAction, SettledAction, TrackedAction } from '../action-types';
import { actionDuration, actionName } from './catalogue';

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

type Estimate = Extract<ActionProgress, { kind: 'estimate' }>;

/**
 * A span from `lowMs` to `highMs` as people say it: "20–40 s", "3–5 min", "50 min–1 h 20 min"; one
 * figure when both ends say the same ("4 min").
 */
export const rangeText = (lowMs: number, highMs: number): string => {
  if (highMs < MINUTE) {
    const [low, high] = [Math.round(lowMs / 1000), Math.round(highMs / 1000)];
    return low === high ? formatDuration(high * 1000) : `${low}–${high} s`;
  }
  const [low, high] = [Math.round(lowMs / MINUTE), Math.round(highMs / MINUTE)];
  if (low === high) return formatDuration(high * MINUTE);
  if (low < 1) return `up to ${formatDuration(high * MINUTE)}`;
  if (high < 60) return `${low}–${high} min`;
  return `${formatDuration(low * MINUTE)}–${formatDuration(high * MINUTE)}`;
};

/**
 * The estimated time left, in whole minutes (seconds would be stale by the next poll), as the range
 * the estimate allows: "about 3–5 min left", one figure when both ends round alike, and only the most
 * it can take when the size it rests on is an upper bound.
 */
export const timeLeftText = (progress: Estimate, elapsedMs: number): string => {
  const high = Math.round(Math.max(0, progress.highMs - elapsedMs) / MINUTE);
  if (progress.upperBound) return high < 1 ? 'at most a minute left' : `at most about ${formatDuration(high * MINUTE)} left`;
  const low = Math.round(Math.max(0, progress.lowMs - elapsedMs) / MINUTE);
  if (high < 1) return 'less than a minute left';
  if (low === high) return `about ${formatDuration(high * MINUTE)} left`;
  if (low < 1) return `up to about ${formatDuration(high * MINUTE)} left`;
  return `about ${rangeText(low * MINUTE, high * MINUTE)} left`;
};

/** What an estimate is: "(estimate)", or "(upper bound)" when the size it rests on is one. */
export const estimateLabel = (progress: Estimate): string => (progress.upperBound ? '(upper bound)' : '(estimate)');

/**
 * What running work says beside its name: the estimated time left, or only that it runs (and, past a
 * minute, for how long) when there is no honest estimate.
 */
export const runningText = (progress: ActionProgress, elapsedMs: number): string => {
  if (progress.kind === 'estimate') return timeLeftText(progress, elapsedMs);
  return elapsedMs < MINUTE ? 'in progress' : `in progress · ${formatDuration(Math.floor(elapsedMs / MINUTE) * MINUTE)} so far`;
};

/** "Snapshot · about 3–5 min left": a list row's status, a tray entry's start. */
export const progressText = (action: Pick<InFlightAction, 'type' | 'progress' | 'elapsedMs'>): string =>
  `${actionName(action.type)} · ${runningText(action.progress, action.elapsedMs)}`;

const indeterminateWhy = {
  'no-basis': 'No estimate yet: nothing on this account or in the catalogue to estimate from.',
  'size-unknown': 'No estimate yet: the size to estimate from is unknown.',
  overdue: 'Taking longer than expected: past the longest it was estimated to take.',
} as const;

/**
 * Running work whose status the tracker cannot confirm (its polls fail): no time left is claimed,
 * only when DigitalOcean last said it ran. `since` is that moment as the viewer's clock shows it.
 */
export const unconfirmedText = (since: string): string => `status unknown since ${since}`;

/** Where an estimate comes from: "from 12 earlier snapshot actions on this account", or the catalogue's source. */
export const estimateSource = (type: string, progress: Estimate): string => {
  if (progress.basis === 'learned') {
    const count = progress.samples ?? 0;
    const runs = count > 0 ? `${count} earlier ${actionName(type).toLowerCase()} ${count === 1 ? 'action' : 'actions'}` : `earlier ${actionName(type).toLowerCase()} actions`;
    return `from ${runs} on this account`;
  }
  return actionDuration(type).prior?.source ?? 'typical durations';
};

/** Why a snapshot's estimate is only an upper bound. */
export const upperBoundReason = 'disk size used as an upper bound: no earlier snapshot says how much data it holds';

/** A tooltip that says where the estimate comes from, so the time left is never taken as DigitalOcean's own. */
export const progressBasis = (action: Pick<InFlightAction, 'type' | 'progress' | 'elapsedMs'>): string => {
  const elapsed = `Running for ${formatDuration(action.elapsedMs)}.`;
  const { progress } = action;
  if (progress.kind === 'indeterminate') return `${elapsed} ${indeterminateWhy[progress.reason]}`;
  const total = progress.upperBound ? `At most about ${rangeText(progress.highMs, progress.highMs)} in all` : `About ${rangeText(progress.lowMs, progress.highMs)} in all`;
  const source = estimateSource(action.type, progress);
  const from = progress.basis === 'learned' ? `, ${source}` : ` (${source})`;
  const bound = progress.upperBound ? ` ${upperBoundReason.charAt(0).toUpperCase()}${upperBoundReason.slice(1)}.` : '';
  return `${elapsed} ${total}${from}.${bound} DigitalOcean reports no percentage.`;
};

/**
 * What the snapshot dialog can say before the click: only the most the disk allows, since a snapshot
 * copies the data the disk holds, not the disk. `boundMs` is the catalogue's prior for the whole disk.
 */
export const snapshotBoundText = (diskGb: number | undefined, boundMs: number, minutesPerGb: number): string =>
  diskGb === undefined
    ? `A snapshot copies the data on the droplet's disk; DigitalOcean documents about ${minutesPerGb} minutes per GB.`
    : `At most about ${formatDuration(boundMs)} for its ${diskGb} GB disk (an upper bound: a snapshot copies only the data the disk holds; DigitalOcean documents about ${minutesPerGb} minutes per GB).`;

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
  return `${elapsed} · ${timeLeftText(action.progress, action.elapsedMs)} ${estimateLabel(action.progress)}`;
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
