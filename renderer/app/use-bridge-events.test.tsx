import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ActionSettled } from '../../shared/action-types';
import type { DropletRow } from '../../shared/droplet-types';
import type { ImageRow } from '../../shared/image-types';
import { fail, ok } from '../../shared/result';
import { imageQueries } from '../catalog/queries';
import { dropletQueries } from '../features/droplets/queries';
import { goneQueries } from '../resources/gone';
import { bridge, emit, listenerCount, replyWith, resetFakeBridge } from '../testing/fake-bridge';
import { sampleDroplet, sampleDropletRow } from '../testing/droplet-samples';
import { finishedWorkflow } from '../testing/fake-workflows';
import { sampleImage, sampleImageRow } from '../testing/image-samples';
import { flushSettles } from '../testing/manual-settle-window';
import { renderApp, resetUiState } from '../testing/render-app';
import { useBridgeEvents } from './use-bridge-events';

vi.mock('../bridge', () => import('../testing/fake-bridge'));
vi.mock('../resources/settle-window', () => import('../testing/manual-settle-window'));

const settled = (type: 'droplet' | 'image', id = 7, actionType = 'power_off'): ActionSettled =>
  ({
    action: { key: `action:${id}`, kind: 'action', id, type: actionType, status: 'completed' },
    outcome: 'completed',
    durationMs: 12_000,
    resource: { type, id, name: `${type}-${id}` },
    startedByUser: true,
  }) as unknown as ActionSettled;

const fleet: DropletRow[] = Array.from({ length: 2_500 }, (_, index) => ({ ...sampleDropletRow, id: 10_000 + index, name: `web-${index}` }));

const notFound = fail({ kind: 'not_found', message: 'The resource you were accessing could not be found.', status: 404 });

/** The hook mounted beside observed lists, as the Droplets and Images screens would hold them. */
const setup = () => {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: 30_000 } } });
  queryClient.setQueryData(['accounts', 'list'], []);
  const wrapper = ({ children }: { children: ReactNode }) => <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>;
  renderHook(
    () => {
      useBridgeEvents();
      useQuery(dropletQueries.list(null));
      useQuery(dropletQueries.list('web'));
      useQuery(imageQueries.list({ private: true }));
    },
    { wrapper },
  );
  return queryClient;
};

const dropletList = (queryClient: QueryClient, tag: string | null = null) => queryClient.getQueryData<DropletRow[]>(dropletQueries.list(tag).queryKey);

const imageList = (queryClient: QueryClient) => queryClient.getQueryData<ImageRow[]>(imageQueries.list({ private: true }).queryKey);

beforeEach(() => {
  resetFakeBridge();
  resetUiState();
  replyWith('droplets.list', ({ tagName }) => ok(tagName === undefined ? fleet : fleet.slice(0, 10).map((row) => ({ ...row, tags: ['web'] }))));
  replyWith('droplets.get', ({ id }) => ok({ ...sampleDroplet, id, name: `web-${id - 10_000}`, status: 'off', tags: ['web'] }));
  replyWith('images.list', () => ok([sampleImageRow]));
});

describe('useBridgeEvents on actions.settled', () => {
  it('refetches each settled droplet once by id and patches it into every list, never reloading a list', async () => {
    const queryClient = setup();
    await waitFor(() => expect(dropletList(queryClient)).toHaveLength(2_500));
    await waitFor(() => expect(dropletList(queryClient, 'web')).toHaveLength(10));
    const listCalls = bridge['droplets.list'].mock.calls.length;

    act(() => {
      for (let index = 0; index < 20; index += 1) emit('actions.settled', settled('droplet', 10_000 + index));
      // The same droplet settling twice in one window is fetched once.
      emit('actions.settled', settled('droplet', 10_003, 'power_on'));
      flushSettles();
    });

    await waitFor(() => expect(dropletList(queryClient)?.find((row) => row.id === 10_019)?.status).toBe('off'));
    expect(bridge['droplets.get']).toHaveBeenCalledTimes(20);
    expect(new Set(bridge['droplets.get'].mock.calls.map(([request]) => request.id)).size).toBe(20);
    // Fetched by the panel for what is on screen, not by a click: at `visible` priority, below the user's own.
    expect(bridge['droplets.get'].mock.calls.every(([, options]) => options?.priority === 'visible')).toBe(true);
    // The lists the views opened with were the user's.
    expect(bridge['droplets.list'].mock.calls.every(([, options]) => options === undefined)).toBe(true);
    expect(bridge['droplets.list']).toHaveBeenCalledTimes(listCalls);
    expect(bridge['images.list']).toHaveBeenCalledTimes(1);
    expect(dropletList(queryClient)).toHaveLength(2_500);
    expect(dropletList(queryClient, 'web')?.find((row) => row.id === 10_000)?.status).toBe('off');
    expect(queryClient.getQueryData(dropletQueries.detail(10_000).queryKey)).toMatchObject({ id: 10_000, status: 'off' });
    expect(queryClient.getQueryState(['accounts', 'list'])?.isInvalidated).toBe(false);
  });

  it('takes a droplet answered 404 out of every list at once and remembers it as gone', async () => {
    const queryClient = setup();
    await waitFor(() => expect(dropletList(queryClient, 'web')).toHaveLength(10));
    replyWith('droplets.get', () => notFound);

    act(() => {
      emit('actions.settled', settled('droplet', 10_004));
      flushSettles();
    });

    await waitFor(() => expect(dropletList(queryClient)).toHaveLength(2_499));
    expect(dropletList(queryClient, 'web')?.some((row) => row.id === 10_004)).toBe(false);
    expect(queryClient.getQueryData(goneQueries.of('droplet').queryKey)?.[10_004]).toMatchObject({ id: 10_004, name: 'web-4' });
    expect(bridge['droplets.list']).toHaveBeenCalledTimes(2);
  });

  it('adds a created droplet no list holds to the lists it belongs to', async () => {
    const queryClient = setup();
    await waitFor(() => expect(dropletList(queryClient, 'web')).toHaveLength(10));
    replyWith('droplets.get', ({ id }) => ok({ ...sampleDroplet, id, name: 'api-01', tags: [] }));

    act(() => {
      emit('actions.settled', settled('droplet', 99_001, 'create'));
      flushSettles();
    });

    await waitFor(() => expect(dropletList(queryClient)).toHaveLength(2_501));
    expect(dropletList(queryClient)?.at(-1)).toMatchObject({ id: 99_001, name: 'api-01', status: 'active' });
    // Not tagged `web`: that list stays as it was.
    expect(dropletList(queryClient, 'web')).toHaveLength(10);
    expect(bridge['droplets.list']).toHaveBeenCalledTimes(2);
  });

  it('adds the image a completed snapshot made to the account’s image lists, asking for that image only', async () => {
    const queryClient = setup();
    await waitFor(() => expect(imageList(queryClient)).toHaveLength(1));
    // The droplet's answer, asked for anyway, names its snapshots: the new one is the one no list holds.
    replyWith('droplets.get', ({ id }) => ok({ ...sampleDroplet, id, name: 'web-0', snapshot_ids: [sampleImageRow.id, 7_800] }));
    replyWith('images.get', (request) => ok({ ...sampleImage, id: 'id' in request ? request.id : 0, name: 'web-0-snap' }));

    act(() => {
      emit('actions.settled', settled('droplet', 10_000, 'snapshot'));
      flushSettles();
    });

    await waitFor(() => expect(imageList(queryClient)).toHaveLength(2));
    expect(imageList(queryClient)?.[1]).toMatchObject({ id: 7_800, name: 'web-0-snap' });
    expect(bridge['images.get'].mock.calls.map(([request]) => request)).toEqual([{ id: 7_800 }]);
    expect(bridge['droplets.get']).toHaveBeenCalledTimes(1);
    expect(bridge['droplets.snapshots']).not.toHaveBeenCalled();
    expect(bridge['images.list']).toHaveBeenCalledTimes(1);
  });

  it('drops the settles gathered under the previous account when the account changes', async () => {
    const queryClient = setup();
    await waitFor(() => expect(dropletList(queryClient)).toHaveLength(2_500));

    act(() => {
      emit('actions.settled', settled('droplet', 10_000));
      emit('account.changed', { activeId: 'account-2' });
      flushSettles();
    });

    act(() => {
      emit('actions.settled', settled('droplet', 10_001));
      flushSettles();
    });

    await waitFor(() => expect(bridge['droplets.get']).toHaveBeenCalledTimes(1));
    expect(bridge['droplets.get']).toHaveBeenCalledWith({ id: 10_001 }, { priority: 'visible' });
  });

  it('refetches a settled image by id, patches it, adds a new one and drops one answered 404', async () => {
    const queryClient = setup();
    await waitFor(() => expect(imageList(queryClient)).toHaveLength(1));
    replyWith('images.get', (request) => {
      const id = 'id' in request ? request.id : 0;
      if (id === 7_404) return notFound;
      return ok({ ...sampleImage, id, name: id === sampleImageRow.id ? 'renamed' : 'imported', regions: ['nyc3', 'ams3'] });
    });

    act(() => {
      emit('actions.settled', settled('image', sampleImageRow.id, 'transfer'));
      emit('actions.settled', settled('image', sampleImageRow.id, 'transfer'));
      emit('actions.settled', settled('image', 7_500, 'image_import'));
      flushSettles();
    });

    await waitFor(() => expect(imageList(queryClient)).toHaveLength(2));
    expect(imageList(queryClient)?.[0]).toMatchObject({ id: sampleImageRow.id, name: 'renamed', regions: ['nyc3', 'ams3'] });
    expect(imageList(queryClient)?.[1]).toMatchObject({ id: 7_500, name: 'imported' });
    expect(bridge['images.get']).toHaveBeenCalledTimes(2);

    queryClient.setQueryData(imageQueries.list({ private: true }).queryKey, (rows: ImageRow[] = []) => [...rows, { ...sampleImageRow, id: 7_404 }]);
    act(() => {
      emit('actions.settled', settled('image', 7_404, 'convert'));
      flushSettles();
    });
    await waitFor(() => expect(queryClient.getQueryData(goneQueries.of('image').queryKey)?.[7_404]).toBeDefined());
    expect(imageList(queryClient)?.some((row) => row.id === 7_404)).toBe(false);
    expect(bridge['images.list']).toHaveBeenCalledTimes(1);
  });
});

describe('useBridgeEvents on workflows.changed', () => {
  it('marks the one workflow query stale, and is the only subscriber', () => {
    const queryClient = setup();
    queryClient.setQueryData(['workflows', 'list'], []);
    act(() => emit('workflows.changed', finishedWorkflow({ kind: 'bulk-delete', ids: [7] })));
    expect(queryClient.getQueryState(['workflows', 'list'])?.isInvalidated).toBe(true);
    expect(queryClient.getQueryState(dropletQueries.list(null).queryKey)?.isInvalidated).toBe(false);
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
