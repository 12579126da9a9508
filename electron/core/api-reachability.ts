import type { ApiReachability } from '../../shared/app-types';
import type { EventBus } from './event-bus';

export interface ApiReachabilityTracker {
  /** What the last request found: an answer (`true`) or none (`false`). */
  report(reachable: boolean): void;
  /** Whether DigitalOcean answers now, and since when it has not: what a window opened during an outage shows first. */
  current(): ApiReachability;
}

/**
 * Whether DigitalOcean answers, told to the renderer as `api.reachability`. Every unanswered request
 * is told (with when the silence began); the recovery is told once, at the first answer after a
 * silence. A window opened in the middle of one reads `current` instead of waiting for the next failure.
 */
export const createApiReachability = (events: Pick<EventBus, 'emit'>, now: () => number = Date.now): ApiReachabilityTracker => {
  let unreachableSince: string | null = null;
  return {
    report(reachable) {
      if (reachable) {
        if (unreachableSince === null) return;
        unreachableSince = null;
        events.emit('api.reachability', { reachable: true, since: new Date(now()).toISOString() });
        return;
      }
      unreachableSince ??= new Date(now()).toISOString();
      events.emit('api.reachability', { reachable: false, since: unreachableSince });
    },
    current: () => (unreachableSince === null ? { reachable: true } : { reachable: false, since: unreachableSince }),
  };
};
