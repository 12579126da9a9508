import type { EventName, EventPayloadOf } from '../../shared/contract';

/** Receives every event the main side pushes; a transport forwards them to its renderers. */
export type EventSubscriber = <E extends EventName>(event: E, payload: EventPayloadOf<E>) => void;

export interface EventBus {
  emit<E extends EventName>(event: E, payload: EventPayloadOf<E>): void;
  /** Returns a function that unsubscribes. */
  subscribe(subscriber: EventSubscriber): () => void;
}

/** The one place services publish contract events; transports (IPC, WebSocket) subscribe to it. */
export const createEventBus = (): EventBus => {
  const subscribers = new Set<EventSubscriber>();
  return {
    emit(event, payload) {
      for (const subscriber of [...subscribers]) subscriber(event, payload);
    },
    subscribe(subscriber) {
      subscribers.add(subscriber);
      return () => subscribers.delete(subscriber);
    },
  };
};
