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

/** Calls one operation and returns its value, or throws a `BridgeError` for react-query to hold. */
export const call = async <K extends OperationName>(operation: K, request: RequestOf<K>): Promise<ResponseOf<K>> => {
  // Indexing by a generic name yields a union of every method; this is the one for K.
  const send = bridge[operation] as (request: RequestOf<K>) => Promise<Result<ResponseOf<K>>>;
  const result = await send(request);
  if (!result.ok) throw new BridgeError(result.error);
  return result.value;
};
