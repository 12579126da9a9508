import type { BridgeCallOptions } from '../../shared/call-priority';
import type { OperationName, RequestOf, ResponseOf } from '../../shared/contract';
import type { PanelError, Result } from '../../shared/result';
import { bridge } from './index';

/** A failed contract call as react-query sees it: a real Error carrying the typed detail. */
export class BridgeError extends Error {
  readonly detail: PanelError;

  constructor(detail: PanelError) {
    super(detail.message);
    this.name = 'BridgeError';
    this.detail = detail;
  }
}

/**
 * Calls one operation and returns its value, or throws a `BridgeError` for react-query to hold. The
 * options can only lower the call's priority (`visible`); a query passes them through `readQuery`.
 */
export const call = async <K extends OperationName>(operation: K, request: RequestOf<K>, options?: BridgeCallOptions): Promise<ResponseOf<K>> => {
  // Indexing by a generic name yields a union of every method; this is the one for K.
  const send = bridge[operation] as (request: RequestOf<K>, options?: BridgeCallOptions) => Promise<Result<ResponseOf<K>>>;
  const result = await (options === undefined ? send(request) : send(request, options));
  if (!result.ok) throw new BridgeError(result.error);
  return result.value;
};
