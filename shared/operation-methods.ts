import type { BridgeCallOptions } from './call-priority';
import type { OperationName, PanelApi } from './contract';
import { operationNames } from './operation-names';
import type { Result } from './result';

/** A bridge's operation methods: all of `PanelApi` but `on`. */
export type OperationMethods = Omit<PanelApi, 'on'>;

/** How a bridge carries one call and its options, if any; it answers with the operation's contract response. */
export type SendOperation = (name: OperationName, request: unknown, options?: BridgeCallOptions) => Promise<Result<unknown>>;

/**
 * One method per contract operation, each handing its own name and the request to `send`. The
 * bridges build their tables here from the one list of names instead of spelling the operations out;
 * it imports the contract only as types, so the preload bundle stays free of zod.
 */
export const operationMethods = (send: SendOperation): OperationMethods =>
  // The transport answers each operation with its contract response type, which the compiler cannot follow through a loop.
  Object.fromEntries(
    operationNames.map((name) => [name, (request: unknown, options?: BridgeCallOptions) => send(name, request, options)]),
  ) as OperationMethods;
