import type { QueryFunctionContext, QueryMeta } from '@tanstack/react-query';
import type { BridgeCallOptions } from '../../shared/call-priority';
import type { OperationName, RequestOf, ResponseOf } from '../../shared/contract';
import { call } from './call';

/**
 * Spread into `fetchQuery` for a fetch the panel makes by itself for what is on screen (a settle's
 * refetch by id, a stale list refreshed on focus): it goes at once, at `visible` priority, so the
 * main side spends the rate limit on the user's clicks first. Anything else fetches at `user`.
 */
export const visibly = { staleTime: 0, meta: { priority: 'visible' } } as const;

/** The call options a fetch asked for through its query's `meta`: only `visible` is ever passed on. */
export const callOptionsOf = (meta: QueryMeta | undefined): BridgeCallOptions | undefined =>
  meta?.['priority'] === 'visible' ? { priority: 'visible' } : undefined;

/**
 * A read query's `queryFn`: calls the operation at the priority its fetch asked for (`visibly`), `user`
 * otherwise (a view opening, the user's Refresh). Every query that can be fetched automatically uses it.
 */
export const readQuery =
  <K extends OperationName>(operation: K, request: RequestOf<K>) =>
  ({ meta }: Pick<QueryFunctionContext, 'meta'>): Promise<ResponseOf<K>> =>
    call(operation, request, callOptionsOf(meta));
