import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ActionSettled } from '../../shared/action-types';
import { emit, listenerCount, resetFakeBridge } from '../testing/fake-bridge';
import { finishedWorkflow } from '../testing/fake-workflows';
import { renderApp, resetUiState } from '../testing/render-app';
import { useBridgeEvents } from './use-bridge-events';

vi.mock('../bridge', () => import('../testing/fake-bridge'));

const settled = (type: 'droplet' | 'image'): ActionSettled =>
  ({
    action: { key: `action:1`, kind: 'action', id: 1, type: 'power_off', status: 'completed' },
    outcome: 'completed',
    durationMs: 12_000,
    resource: { type, id: 7, name: 'web-01' },
    startedByUser: true,
  }) as unknown as ActionSettled;

const setup = () => {
  const queryClient = new QueryClient();
  queryClient.setQueryData(['droplets', 'list'], []);
  queryClient.setQueryData(['images', 'list'], []);
  queryClient.setQueryData(['accounts', 'list'], []);
  const wrapper = ({ children }: { children: ReactNode }) => <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>;
  renderHook(() => useBridgeEvents(), { wrapper });
  return queryClient;
};

beforeEach(() => {
  resetFakeBridge();
  resetUiState();
});

describe('useBridgeEvents on actions.settled', () => {
  it('marks what shows the changed resource stale, and leaves the rest alone', () => {
    const queryClient = setup();
    act(() => emit('actions.settled', settled('droplet')));
    expect(queryClient.getQueryState(['droplets', 'list'])?.isInvalidated).toBe(true);
    expect(queryClient.getQueryState(['images', 'list'])?.isInvalidated).toBe(true);
    expect(queryClient.getQueryState(['accounts', 'list'])?.isInvalidated).toBe(false);
  });
});

describe('useBridgeEvents on workflows.changed', () => {
  it('marks the one workflow query stale, and is the only subscriber', () => {
    const queryClient = setup();
    queryClient.setQueryData(['workflows', 'list'], []);
    act(() => emit('workflows.changed', finishedWorkflow({ kind: 'bulk-delete', ids: [7] })));
    expect(queryClient.getQueryState(['workflows', 'list'])?.isInvalidated).toBe(true);
    expect(queryClient.getQueryState(['droplets', 'list'])?.isInvalidated).toBe(false);
    expect(listenerCount('workflows.changed')).toBe(1);
  });
});

describe('useBridgeEvents on app.navigate', () => {
  it('opens the resource a notification or the tray names, or else its area', async () => {
    renderApp('/settings');
    act(() => emit('app.navigate', { area: 'droplets', resourceId: 3001 }));
    expect(window.location.hash).toBe('#/droplets?droplet=3001');

    act(() => emit('app.navigate', { area: 'images', resourceId: 4400 }));
    expect(window.location.hash).toBe('#/images?image=4400');

    act(() => emit('app.navigate', { area: 'activity', resourceId: 12 }));
    expect(window.location.hash).toBe('#/activity');

    act(() => emit('app.navigate', { area: 'droplets', resourceId: -1 }));
    expect(window.location.hash).toBe('#/droplets');

    act(() => emit('app.navigate', { area: 'billing' as never }));
    expect(window.location.hash).toBe('#/droplets');
  });
});
