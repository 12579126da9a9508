import { act, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ok } from '../../shared/result';
import { bridge, emit, listenerCount, replyWith } from '../testing/fake-bridge';
import { sampleDropletRow, sampleTrackedSnapshot } from '../testing/droplet-samples';
import { renderApp } from '../testing/render-app';
import { resourcePath } from '../routing/resource-path';
import { setUpRendererTests } from '../testing/renderer-test-setup';

vi.mock('../bridge', () => import('../testing/fake-bridge'));

setUpRendererTests();

beforeEach(() => {
  replyWith('droplets.list', () => ok([sampleDropletRow]));
  replyWith('actions.tracked', () => ok([sampleTrackedSnapshot]));
});

describe('the tracked-actions feeder', () => {
  it('has one subscriber to pushed progress, in the app shell, however many screens show progress', async () => {
    // The row, the sidebar count and the detail pane all show the same query's data.
    renderApp(resourcePath('droplet', sampleDropletRow.id));
    expect(await screen.findAllByText('Snapshot · about 3 min left')).not.toHaveLength(0);
    await screen.findByRole('progressbar', { name: 'Snapshot' });
    expect(listenerCount('actions.progress')).toBe(1);
    act(() => {
      window.location.hash = '/activity';
    });
    await screen.findByRole('progressbar', { name: /Snapshot/ });
    expect(listenerCount('actions.progress')).toBe(1);
  });

  it('refetches on a push instead of writing the pushed list into the cache', async () => {
    renderApp('/droplets');
    expect(await screen.findAllByText('Snapshot · about 3 min left')).not.toHaveLength(0);
    const asked = vi.mocked(bridge['actions.tracked']).mock.calls.length;
    replyWith('actions.tracked', () => ok([]));
    // The payload says something else is running; only what the query asks the main side counts.
    emit('actions.progress', { actions: [{ ...sampleTrackedSnapshot, type: 'reboot' }] });
    await waitFor(() => expect(bridge['actions.tracked']).toHaveBeenCalledTimes(asked + 1));
    await waitFor(() => expect(screen.queryByText(/Snapshot · /)).not.toBeInTheDocument());
    expect(screen.queryByText(/Reboot · /)).not.toBeInTheDocument();
  });
});
