import type { EventBus } from './event-bus';

/**
 * Whether DigitalOcean answers, told to the renderer as `api.reachability`. Every unanswered request
 * is told (with when the silence began), so a window opened during an outage learns of it at the next
 * failure; the recovery is told once, at the first answer after a silence.
 */
export const createApiReachability = (events: Pick<EventBus, 'emit'>, now: () => number = Date.now) => {
  let unreachableSince: string | null = null;
  return (reachable: boolean): void => {
    if (reachable) {
      if (unreachableSince === null) return;
      unreachableSince = null;
      events.emit('api.reachability', { reachable: true, since: new Date(now()).toISOString() });
      return;
    }
    unreachableSince ??= new Date(now()).toISOString();
    events.emit('api.reachability', { reachable: false, since: unreachableSince });
  };
};
