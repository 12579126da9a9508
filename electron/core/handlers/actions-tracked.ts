import type { Handlers } from '../dispatch';
import type { ActionTracker } from '../tracker/action-tracker';

/** Answers from the tracker's memory: polling the UI's progress bars costs no API request. */
export const actionsTrackedHandler =
  (tracker: ActionTracker): Handlers['actions.tracked'] =>
  async () =>
    tracker.list();
