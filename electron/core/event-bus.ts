import type { EventName, EventPayloadOf } from '../../shared/contract';

/** Receives every event the main side pushes; a transport forwards them to its renderers. */
export type EventSubscriber = <E extends EventName>(event: E, payload: EventPayloadOf<E>) => void;

export interface EventBus {
  emit<E extends EventName>(event: E, payload: EventPayloadOf<E>): void;
  /** Returns a function that unsubscribes. */
  subscribe(subscriber: EventSubscriber): () => void;
}

type Pending = readonly [EventName, unknown];

/**
 * The one place services publish contract events; transports (IPC, WebSocket) subscribe to it.
 * A subscriber that emits while an event is being delivered (the tracker resetting on an account
 * change) has its event queued behind the current one, so every subscriber sees cause before effect.
 * A subscriber that throws never keeps the event from the others: its error goes to `onError`, or,
 * without one, is thrown to the emitter once delivery is done.
 */
export const createEventBus = ({ onError }: { onError?: (error: unknown) => void } = {}): EventBus => {
  const subscribers = new Set<EventSubscriber>();
  const queue: Pending[] = [];
  let delivering = false;

  const deliver = (): void => {
    const errors: unknown[] = [];
    delivering = true;
    try {
      for (let next = queue.shift(); next; next = queue.shift()) {
        const [event, payload] = next;
        for (const subscriber of [...subscribers]) {
          try {
            (subscriber as (event: EventName, payload: unknown) => void)(event, payload);
          } catch (error) {
            if (onError) onError(error);
            else errors.push(error);
          }
        }
      }
    } finally {
      delivering = false;
    }
    if (errors.length > 0) throw errors[0];
  };

  return {
    emit(event, payload) {
      queue.push([event, payload]);
      if (!delivering) deliver();
    },
    subscribe(subscriber) {
      subscribers.add(subscriber);
      return () => subscribers.delete(subscriber);
    },
  };
};
