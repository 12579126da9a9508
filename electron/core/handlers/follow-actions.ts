import type { Action } from '../../../shared/do-types';
import type { StartedAction } from '../../../shared/action-types';
import type { ActionTracker, TrackContext } from '../tracker/action-tracker';

/** An action the panel just started, with what the tracker needs to name it and estimate it. */
export interface Started {
  action: Action;
  context: TrackContext;
}

/**
 * Hands actions the panel started to the tracker and answers with DigitalOcean's record of each and
 * the tracker's view of it. The tracker's list is read once, so a bulk action stays linear.
 */
export const followActions = (tracker: ActionTracker, started: readonly Started[]): StartedAction[] => {
  for (const { action, context } of started) tracker.track(action, context);
  const inFlight = new Map(tracker.list().flatMap((item) => (item.kind === 'action' ? [[item.id, item] as const] : [])));
  return started.map(({ action }) => ({ action, tracked: (action.id !== undefined && inFlight.get(action.id)) || null }));
};

/** `followActions` for one action. */
export const followAction = (tracker: ActionTracker, action: Action, context: TrackContext): StartedAction => {
  tracker.track(action, context);
  return { action, tracked: tracker.list().find((item) => item.kind === 'action' && item.id === action.id) ?? null };
};
