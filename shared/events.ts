import type { ActionSettled, ActionsProgress, BatchSettled } from './action-types';
import type { Area } from './app-types';
import type { DropletRow } from './droplet-types';
import type { ImageRow } from './image-types';
import type { Workflow } from './workflow-types';

/**
 * Everything the main side pushes to the renderer, declared once. Kept apart from the operations so
 * the preload can check event names without bundling the request schemas (and zod).
 */

interface EventSpec<Payload> {
  /** Type-level only: never set at runtime. */
  readonly payload?: Payload;
}

const event = <Payload>(): EventSpec<Payload> => ({});

/**
 * One page of a list fetch that asked for a `stream`: its rows, how many rows have arrived so far and
 * how many the list has (`total`, the sum of what DigitalOcean has said so far: the GPU list's share is
 * known once its first page is in). Pages come in arrival order; `part` (the standard Droplet list 0,
 * the GPU one 1) then `page` (DigitalOcean's page number) put them in the list's order. Every window
 * hears it; only the one that named the stream uses it.
 */
export type ListPage = { stream: string; part: number; page: number; loaded: number; total: number } & (
  | { list: 'droplets'; rows: DropletRow[] }
  | { list: 'images'; rows: ImageRow[] }
);

/**
 * The answer to a list call that named a `stream`: every row already went out as `lists.page` before
 * it, so the answer only says how many there were, for the window to check it heard them all.
 */
export interface StreamedList {
  streamed: number;
}

export const events = {
  /** The main side asks the renderer to show an area (app menu, tray, notification click). */
  'app.navigate': event<{ area: Area; resourceId?: number }>(),
  /** The app menu asks the renderer to open the command palette (its accelerator takes Ctrl/Cmd+K before the page sees it). */
  'app.openPalette': event<Record<string, never>>(),
  /** An account was added, removed or switched to; every account-dependent query is stale. */
  'account.changed': event<{ activeId: string | null }>(),
  /**
   * Every tracked action in flight with its progress estimate (the whole list, so one event makes a
   * late subscriber current): on each tracker poll while anything is in flight, and as work starts or ends.
   */
  'actions.progress': event<ActionsProgress>(),
  /** A tracked action or image import completed or errored; the resource's queries are stale. */
  'actions.settled': event<ActionSettled>(),
  /** Every action of one bulk send has ended: one summary for the notification and the toast (its members carry `batch`). */
  'actions.batchSettled': event<BatchSettled>(),
  /** DigitalOcean answered 429: requests wait (GETs are retried) until it takes requests again, `retryInMs` from now. */
  'api.rateLimited': event<{ retryInMs: number }>(),
  /**
   * Whether DigitalOcean answers: `reachable: false` on every request that got no answer (the
   * connection failed or timed out), `true` once on the first answer after that. `since` (ISO 8601)
   * is when it stopped or started answering.
   */
  'api.reachability': event<{ reachable: boolean; since: string }>(),
  /** A page of a streamed `droplets.list` or `images.list` arrived; the call then answers with the count of rows streamed. */
  'lists.page': event<ListPage>(),
  /** A workflow started, moved on a step or ended; its whole state, so the renderer's list of them is stale. */
  'workflows.changed': event<Workflow>(),
};

export type Events = typeof events;
export type EventName = keyof Events;
export type EventPayloadOf<E extends EventName> = NonNullable<Events[E]['payload']>;
export type EventListener<E extends EventName> = (payload: EventPayloadOf<E>) => void;

export const eventNames = Object.keys(events) as EventName[];

export const isEventName = (name: unknown): name is EventName =>
  typeof name === 'string' && Object.hasOwn(events, name);
