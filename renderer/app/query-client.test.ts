import { describe, expect, it, vi } from 'vitest';
import type { ErrorKind } from '../../shared/result';
import { BridgeError } from '../bridge/call';
import { createQueryClient, shouldRetryQuery } from './query-client';

vi.mock('../bridge', () => import('../testing/fake-bridge'));

const bridgeError = (kind: ErrorKind) => new BridgeError({ kind, message: `${kind} failure` });

describe('query retry policy', () => {
  it('retries a network failure at most twice', () => {
    expect(shouldRetryQuery(0, bridgeError('network'))).toBe(true);
    expect(shouldRetryQuery(1, bridgeError('network'))).toBe(true);
    expect(shouldRetryQuery(2, bridgeError('network'))).toBe(false);
  });

  it.each<ErrorKind>(['unauthorized', 'rate_limited', 'server', 'timeout', 'validation', 'not_found'])(
    'does not retry a %s failure',
    (kind) => {
      expect(shouldRetryQuery(0, bridgeError(kind))).toBe(false);
    },
  );

  it('does not retry an error that did not come through the bridge', () => {
    expect(shouldRetryQuery(0, new TypeError('network'))).toBe(false);
  });

  it('really retries a query twice after network failures, then gives up', async () => {
    const client = createQueryClient();
    const queryFn = vi.fn(async () => {
      throw bridgeError('network');
    });
    await expect(client.fetchQuery({ queryKey: ['flaky'], queryFn, retryDelay: 0 })).rejects.toThrow('network failure');
    expect(queryFn).toHaveBeenCalledTimes(3);
  });

  it('never retries mutations and does not refetch on window focus', () => {
    const defaults = createQueryClient().getDefaultOptions();
    expect(defaults.mutations?.retry).toBe(false);
    expect(defaults.queries?.refetchOnWindowFocus).toBe(false);
  });
});
