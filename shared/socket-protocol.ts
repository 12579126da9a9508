import type { Result } from './result';

/**
 * Messages that carry the contract between the browser-mode renderer and the main side over one
 * WebSocket. Calls are matched to results by `id`; events are pushed unasked.
 */

/** Path of the WebSocket endpoint served by browser mode. */
export const bridgeSocketPath = '/bridge';

/** A renderer's request to run one operation. */
export interface CallMessage {
  type: 'call';
  id: number;
  op: string;
  request: unknown;
  /** `BridgeCallOptions` (shared/call-priority.ts) when the caller gave any; validated by dispatch. */
  options?: unknown;
}

/** The main side's answer to one call. */
export interface ResultMessage {
  type: 'result';
  id: number;
  result: Result<unknown>;
}

/** An event pushed by the main side. */
export interface EventMessage {
  type: 'event';
  event: string;
  payload: unknown;
}

export type ServerMessage = ResultMessage | EventMessage;
