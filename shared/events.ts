import type { AccountStatus, Area } from './app-types';

/**
 * Everything the main side pushes to the renderer, declared once. Kept apart from the operations so
 * the preload can check event names without bundling the request schemas (and zod).
 */

interface EventSpec<Payload> {
  /** Type-level only: never set at runtime. */
  readonly payload?: Payload;
}

const event = <Payload>(): EventSpec<Payload> => ({});

export const events = {
  /** The main side asks the renderer to show an area (app menu, tray, notification click). */
  'app.navigate': event<{ area: Area }>(),
  /** The current account changed or was signed out; account queries are stale. */
  'account.changed': event<AccountStatus>(),
};

export type Events = typeof events;
export type EventName = keyof Events;
export type EventPayloadOf<E extends EventName> = NonNullable<Events[E]['payload']>;
export type EventListener<E extends EventName> = (payload: EventPayloadOf<E>) => void;

export const eventNames = Object.keys(events) as EventName[];

export const isEventName = (name: unknown): name is EventName =>
  typeof name === 'string' && Object.hasOwn(events, name);
