import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { ImageRow } from '../../../shared/image-types';
import { fail, ok, type Result } from '../../../shared/result';
import { bridge, emit, replyWith } from '../../testing/fake-bridge';
import { renderApp } from '../../testing/render-app';
import { setUpRendererTests } from '../../testing/renderer-test-setup';
import { snapshotRow } from './image-test-rows';

vi.mock('../../bridge', () => import('../../testing/fake-bridge'));

setUpRendererTests();

const snapshots: ImageRow[] = Array.from({ length: 300 }, (_, index) => ({ ...snapshotRow, id: 9_000 + index, name: `snap-${String(index).padStart(3, '0')}` }));

describe('the account’s images while their pages arrive', () => {
  it('shows page 1 with how far it has got, and marks the list incomplete when a page fails for good, until Retry completes it', async () => {
    const calls: { stream: string; answer: (result: Result<ImageRow[]>) => void }[] = [];
    replyWith('images.list', (request) => new Promise((answer) => calls.push({ stream: request.stream ?? '', answer })));
    const { user } = renderApp('/images?tab=snapshots');
    await waitFor(() => expect(calls).toHaveLength(1));
    act(() => emit('lists.page', { stream: calls[0]?.stream ?? '', list: 'images', part: 0, page: 1, rows: snapshots.slice(0, 200), loaded: 200, total: 300 }));

    const grid = await screen.findByRole('grid', { name: 'Snapshots' });
    expect(within(grid).getAllByRole('row').length).toBeGreaterThan(1);
    expect(screen.getByText('Loading 200 of 300')).toBeInTheDocument();
    expect(screen.getByText('200 shown of 200 images listed (300 in all)')).toBeInTheDocument();

    act(() =>
      calls[0]?.answer(fail({ kind: 'unavailable', message: 'Could not load page 2 of 2 of /v2/images: Service Unavailable', status: 503, requestId: 'req-img-2' })),
    );
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Showing 200 of 300 images — the list is incomplete');
    expect(alert).toHaveTextContent('Could not load page 2 of 2 of /v2/images: Service Unavailable');
    expect(alert).toHaveTextContent('Request ID req-img-2');
    expect(screen.queryByText('Loading 200 of 300')).not.toBeInTheDocument();

    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(bridge['images.list']).toHaveBeenCalledTimes(2));
    act(() => calls[1]?.answer(ok(snapshots)));
    expect(await screen.findByText('300 images')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
