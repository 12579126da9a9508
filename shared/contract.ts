import type { z } from './zod';
import type { EventListener, EventName } from './events';
import { accountOperations } from './operations/accounts';
import { dropletOperations } from './operations/droplets';
import { tagOperations } from './operations/tags';
import { actionOperations } from './operations/actions';
import { appOperations } from './operations/app';
import { catalogOperations } from './operations/catalog';
import { sshKeyOperations } from './operations/ssh-keys';
import { imageOperations } from './operations/images';
import { preferenceOperations } from './operations/preferences';
import { workflowOperations } from './operations/workflows';
import { listOperations } from './operations/lists';
import { operationNames, type ListedOperationName } from './operation-names';
import type { Result } from './result';
import type { BridgeCallOptions } from './call-priority';

export * from './channels';
export * from './events';

/**
 * The one list of what the renderer may ask of the main side; what it pushes back is in events.ts.
 * Each area declares its operations in shared/operations/: a request schema (checked at runtime on the
 * main side before its handler runs) and a response type (checked by the compiler on both sides).
 */
export const operations = {
  ...appOperations,
  ...accountOperations,
  ...dropletOperations,
  ...tagOperations,
  ...actionOperations,
  ...imageOperations,
  ...preferenceOperations,
  ...catalogOperations,
  ...sshKeyOperations,
  ...workflowOperations,
  ...listOperations,
};

export type Operations = typeof operations;
export type OperationName = keyof Operations;
/** What a caller passes (before defaults and transforms). */
export type RequestOf<K extends OperationName> = z.input<Operations[K]['request']>;
/** What a handler receives (after validation). */
export type ParsedRequestOf<K extends OperationName> = z.output<Operations[K]['request']>;
/** What a handler answers: the declared response (`response` is optional only because it is type-level; null stays). */
export type ResponseOf<K extends OperationName> = Exclude<Operations[K]['response'], undefined>;

/** Compiles only while `Names` is empty; otherwise the error names what is in it. */
type NoneLeft<Names extends never> = Names;

/**
 * Proof that operation-names.ts, which the bridges build their methods from, names exactly these
 * operations: the first entry fails to compile while an operation is missing from the list, the
 * second while the list names something that is not an operation.
 */
export type OperationNamesMatch = [
  NoneLeft<Exclude<OperationName, ListedOperationName>>,
  NoneLeft<Exclude<ListedOperationName, OperationName>>,
];

export { operationNames };

export const isOperationName = (name: unknown): name is OperationName =>
  typeof name === 'string' && Object.hasOwn(operations, name);

/**
 * The surface the renderer talks to: one method per operation, plus event subscription.
 * The preload bridge and the browser bridge both implement exactly this.
 */
export type PanelApi = {
  readonly [K in OperationName]: (request: RequestOf<K>, options?: BridgeCallOptions) => Promise<Result<ResponseOf<K>>>;
} & {
  /** Subscribes to a pushed event; the returned function unsubscribes. */
  readonly on: <E extends EventName>(event: E, listener: EventListener<E>) => () => void;
};
