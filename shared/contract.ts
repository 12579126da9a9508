import { z } from 'zod';
import type { AccountStatus, AppInfo, Area } from './app-types';
import type { Result } from './result';

/**
 * The one list of what the renderer may ask of the main side and what the main side may push.
 * Each operation has a request schema (checked at runtime on the main side before its handler runs)
 * and a response type (checked by the compiler on both sides). Events carry a payload type only.
 */

interface OperationSpec<Req extends z.ZodType, Res> {
  readonly request: Req;
  /** Type-level only: never set at runtime. */
  readonly response?: Res;
}

const operation =
  <Res>() =>
  <Req extends z.ZodType>(request: Req): OperationSpec<Req, Res> => ({ request });

interface EventSpec<Payload> {
  /** Type-level only: never set at runtime. */
  readonly payload?: Payload;
}

const event = <Payload>(): EventSpec<Payload> => ({});

const noInput = z.object({}).strict();

export const operations = {
  /** Name, version and runtime of the app. */
  'app.info': operation<AppInfo>()(noInput),
  /** The account the panel currently works with, if any. */
  'account.status': operation<AccountStatus>()(noInput),
};

export const events = {
  /** The main side asks the renderer to show an area (app menu, tray, notification click). */
  'app.navigate': event<{ area: Area }>(),
  /** The current account changed or was signed out; account queries are stale. */
  'account.changed': event<AccountStatus>(),
};

export type Operations = typeof operations;
export type OperationName = keyof Operations;
/** What a caller passes (before defaults and transforms). */
export type RequestOf<K extends OperationName> = z.input<Operations[K]['request']>;
/** What a handler receives (after validation). */
export type ParsedRequestOf<K extends OperationName> = z.output<Operations[K]['request']>;
export type ResponseOf<K extends OperationName> = NonNullable<Operations[K]['response']>;

export type Events = typeof events;
export type EventName = keyof Events;
export type EventPayloadOf<E extends EventName> = NonNullable<Events[E]['payload']>;

export const operationNames = Object.keys(operations) as OperationName[];
export const eventNames = Object.keys(events) as EventName[];

export const isOperationName = (name: unknown): name is OperationName =>
  typeof name === 'string' && Object.hasOwn(operations, name);

export const isEventName = (name: unknown): name is EventName =>
  typeof name === 'string' && Object.hasOwn(events, name);

export type EventListener<E extends EventName> = (payload: EventPayloadOf<E>) => void;

/**
 * The surface the renderer talks to: one method per operation, plus event subscription.
 * The preload bridge and the browser bridge both implement exactly this.
 */
export type PanelApi = {
  readonly [K in OperationName]: (request: RequestOf<K>) => Promise<Result<ResponseOf<K>>>;
} & {
  /** Subscribes to a pushed event; the returned function unsubscribes. */
  readonly on: <E extends EventName>(event: E, listener: EventListener<E>) => () => void;
};

/** Name of the global the preload exposes in the desktop app. */
export const panelGlobalName = 'doPanel';

/** IPC channel that carries one operation. */
export const operationChannel = (name: OperationName): string => `panel:op:${name}`;

/** IPC channel that carries every pushed event. */
export const eventChannel = 'panel:event';
