import type { InFlightAction } from '../../shared/action-types';

/*
 * How tracked work is put into words, wherever it shows: the droplet and image lists, detail panes,
 * the Activity view, toasts. DigitalOcean reports no percentage, so nothing here ever prints one.
 */

/** `power_off` → "Power off". */
export const actionTypeLabel = (type: string): string => {
  const words = type.replace(/[_-]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
};

/** "12 s", "3 min 4 s", "1 h 5 min". */
export const formatDuration = (ms: number): string => {
  const seconds = Math.max(0, Math.round(ms / 1000));
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return seconds % 60 === 0 ? `${minutes} min` : `${minutes} min ${seconds % 60} s`;
  const hours = Math.floor(minutes / 60);
  return minutes % 60 === 0 ? `${hours} h` : `${hours} h ${minutes % 60} min`;
};

export const etaText = (etaMs: number): string => {
  const minutes = Math.round(etaMs / 60_000);
  if (minutes < 1) return 'less than a minute left';
  if (minutes < 90) return `about ${minutes} min left`;
  return `about ${Math.round(minutes / 60)} h left`;
};

/**
 * What a running action says in the status column. DigitalOcean reports no percentage, so the text
 * gives the estimated time left, never a percent that would read as exact; with no honest estimate it
 * is "in progress".
 */
export const progressText = (action: InFlightAction): string => {
  const label = actionTypeLabel(action.type);
  if (action.progress.kind === 'indeterminate') return `${label} · in progress`;
  return `${label} · ${etaText(action.progress.etaMs)}`;
};

/** A tooltip that says where the estimate comes from, so the time left is never taken as DigitalOcean's own. */
export const progressBasis = (action: InFlightAction): string => {
  const elapsed = `Running for ${formatDuration(action.elapsedMs)}.`;
  if (action.progress.kind === 'indeterminate') {
    const why = { 'no-basis': 'No earlier run to estimate from.', 'size-unknown': 'The size to estimate from is unknown.', overdue: 'Taking longer than expected.' };
    return `${elapsed} ${why[action.progress.reason]}`;
  }
  const basis = action.progress.basis === 'learned' ? 'your earlier runs' : 'typical durations';
  return `${elapsed} Estimated from ${basis}; DigitalOcean reports no percentage.`;
};
