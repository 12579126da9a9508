import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ok } from '../../shared/result';
import { dropletQueries } from '../features/droplets/queries';
import { sampleDropletRow } from '../testing/droplet-samples';
import { bridge, replyWith, resetFakeBridge } from '../testing/fake-bridge';
import { staleOnFocusMs, useWindowVisibility } from './use-window-visibility';

vi.mock('../bridge', () => import('../testing/fake-bridge'));

let hidden = false;

const setVisibility = (value: boolean): void => {
  hidden = value;
  document.dispatchEvent(new Event('visibilitychange'));
};

/** The hook beside the Droplets view's list, and the droplet list of a view no longer open. */
const setup = async () => {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: 30_000 } } });
  const wrapper = ({ children }: { children: ReactNode }) => <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>;
  queryClient.setQueryData(dropletQueries.list('db').queryKey, [sampleDropletRow], { updatedAt: Date.now() - 10 * 60_000 });
  renderHook(
    () => {
      useWindowVisibility();
      return useQuery(dropletQueries.list(null));
    },
    { wrapper },
  );
  await waitFor(() => expect(bridge['droplets.list']).toHaveBeenCalledTimes(1));
  await waitFor(() => expect(queryClient.getQueryState(dropletQueries.list(null).queryKey)?.fetchStatus).toBe('idle'));
  /** Makes the shown list's last refresh `ms` old. */
  const age = (ms: number): void => {
    const key = dropletQueries.list(null).queryKey;
    queryClient.setQueryData(key, queryClient.getQueryData(key), { updatedAt: Date.now() - ms });
  };
  return { queryClient, age };
};

beforeEach(() => {
  resetFakeBridge();
  hidden = false;
  vi.spyOn(document, 'hidden', 'get').mockImplementation(() => hidden);
  replyWith('droplets.list', () => ok([sampleDropletRow]));
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('useWindowVisibility', () => {
  it('says at once that a new window is shown, then when it is hidden and shown again', async () => {
    // The page it replaced (a reload) may have said "hidden" as it went: the new one must say otherwise.
    await setup();
    act(() => setVisibility(true));
    act(() => setVisibility(false));
    await waitFor(() => expect(bridge['app.windowVisibility']).toHaveBeenCalledTimes(3));
    expect(bridge['app.windowVisibility'].mock.calls.map(([request]) => request)).toEqual([{ hidden: false }, { hidden: true }, { hidden: false }]);
  });

  it('refreshes a stale list on screen once when the window comes back, at visible priority, however often it is focused', async () => {
    const { age } = await setup();
    age(staleOnFocusMs + 1_000);
    act(() => {
      setVisibility(true);
      setVisibility(false);
      window.dispatchEvent(new Event('focus'));
    });
    act(() => window.dispatchEvent(new Event('focus')));
    await waitFor(() => expect(bridge['droplets.list']).toHaveBeenCalledTimes(2));
    act(() => window.dispatchEvent(new Event('focus')));
    expect(bridge['droplets.list']).toHaveBeenCalledTimes(2);
    expect(bridge['droplets.list'].mock.calls[1]).toEqual([{ stream: expect.any(String) }, { priority: 'visible' }]);
    // The list of a view no longer open is left for its next showing, however old.
    expect(bridge['droplets.list'].mock.calls.some(([request]) => request.tagName !== undefined)).toBe(false);
  });

  it('leaves a list refreshed lately alone', async () => {
    const { age } = await setup();
    age(staleOnFocusMs - 10_000);
    act(() => window.dispatchEvent(new Event('focus')));
    act(() => setVisibility(false));
    expect(bridge['droplets.list']).toHaveBeenCalledTimes(1);
  });
});
