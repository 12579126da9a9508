import { act, fireEvent, renderHook, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ActionSettled } from '../../../shared/action-types';
import { ok } from '../../../shared/result';
import { emit, listenerCount, replyWith, sampleAppInfo, samplePreferences } from '../../testing/fake-bridge';
import { settledReboot } from '../../testing/droplet-samples';
import { renderApp } from '../../testing/render-app';
import { setUpRendererTests } from '../../testing/renderer-test-setup';
import { TOAST_FADE_MS } from './toast-region';
import { useToastActions } from './toast-store';

vi.mock('../../bridge', () => import('../../testing/fake-bridge'));

/** The error rides on the report only (the toast reads it there), not on the action. */
const settled = (outcome: 'completed' | 'errored', { startedByUser = true, id = 1 } = {}): ActionSettled => ({
  ...settledReboot({ id, outcome, resource: { type: 'droplet', id: 3001, name: 'web-prod-01' }, durationMs: 65_000, startedByUser }),
  ...(outcome === 'errored' ? { errorMessage: 'The droplet was locked.' } : {}),
});

const clearToasts = () => {
  const { result, unmount } = renderHook(() => useToastActions());
  act(() => result.current.clear());
  unmount();
};

/** The app, in browser mode, once the toast region is listening. */
const renderListening = async (path = '/activity') => {
  const rendered = renderApp(path);
  const region = await screen.findByRole('region', { name: 'Action notifications' });
  await vi.waitFor(() => expect(listenerCount('actions.settled')).toBeGreaterThan(1));
  return { ...rendered, region };
};

setUpRendererTests({ account: null, size: false });

beforeEach(() => {
  clearToasts();
});

afterEach(() => {
  vi.useRealTimers();
});

describe('toasts in browser mode', () => {
  it('announces a completed action politely, with its resource, duration and a View link that opens it', async () => {
    const { region, user } = await renderListening();
    expect(region).toHaveAttribute('aria-live', 'polite');

    act(() => emit('actions.settled', settled('completed')));
    expect(region).toHaveTextContent('Reboot completed');
    expect(region).toHaveTextContent('web-prod-01: done in 1 min 5 s.');
    const view = within(region).getByRole('link', { name: 'View' });
    expect(view).toHaveAttribute('href', '#/droplets?droplet=3001');

    await user.click(view);
    expect(window.location.hash).toBe('#/droplets?droplet=3001');
    expect(region).not.toHaveTextContent('Reboot completed');
  });

  it('fades a success after about six seconds, but not while hovered or focused', async () => {
    const { region } = await renderListening();
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });

    act(() => emit('actions.settled', settled('completed')));
    const toast = within(region).getByText('Reboot completed').closest('.toast') as HTMLElement;
    act(() => vi.advanceTimersByTime(TOAST_FADE_MS - 2_000));
    fireEvent.mouseEnter(toast);
    act(() => vi.advanceTimersByTime(60_000));
    expect(region).toHaveTextContent('Reboot completed');

    fireEvent.mouseLeave(toast);
    act(() => within(region).getByRole('link', { name: 'View' }).focus());
    act(() => vi.advanceTimersByTime(60_000));
    expect(region).toHaveTextContent('Reboot completed');

    act(() => within(region).getByRole('link', { name: 'View' }).blur());
    act(() => vi.advanceTimersByTime(1_900));
    expect(region).toHaveTextContent('Reboot completed');
    act(() => vi.advanceTimersByTime(200));
    expect(region).not.toHaveTextContent('Reboot completed');
  });

  it('keeps a failure, with DigitalOcean’s reason, until it is dismissed', async () => {
    const { region, user } = await renderListening();
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    act(() => emit('actions.settled', settled('errored')));
    act(() => vi.advanceTimersByTime(10 * 60_000));
    vi.useRealTimers();

    expect(region).toHaveTextContent('Reboot failed');
    expect(region).toHaveTextContent('web-prod-01: failed after 1 min 5 s. The droplet was locked.');
    await user.click(within(region).getByRole('button', { name: 'Dismiss: Reboot failed' }));
    expect(region).not.toHaveTextContent('Reboot failed');
  });

  it('follows the notification preferences: errors only, and actions started elsewhere only when asked', async () => {
    replyWith('preferences.get', () => ok({ ...samplePreferences, notifications: { mode: 'errors', includeOthers: false } }));
    // On Settings, the choice on screen shows when the preferences have arrived.
    const { region } = await renderListening('/settings');
    await vi.waitFor(() => expect(screen.getByRole('radio', { name: /Errors only/ })).toBeChecked());

    act(() => emit('actions.settled', settled('completed', { id: 1 })));
    act(() => emit('actions.settled', settled('errored', { id: 2, startedByUser: false })));
    expect(region).toBeEmptyDOMElement();

    act(() => emit('actions.settled', settled('errored', { id: 3 })));
    expect(within(region).getAllByText('Reboot failed')).toHaveLength(1);
  });

  it('gives one toast for a bulk send: its members stay quiet, the summary counts them and leads to the first failure', async () => {
    const { region } = await renderListening();
    for (let id = 1; id <= 9; id += 1) act(() => emit('actions.settled', { ...settled('completed', { id }), batch: 'w-1' }));
    act(() => emit('actions.settled', { ...settled('errored', { id: 10 }), batch: 'w-1' }));
    expect(region).toBeEmptyDOMElement();

    act(() =>
      emit('actions.batchSettled', {
        batch: 'w-1',
        type: 'reboot',
        resourceType: 'droplet',
        completed: 9,
        failures: [{ resource: { type: 'droplet', id: 3001, name: 'web-prod-01' }, errorMessage: 'The droplet was locked.' }],
      }),
    );
    expect(within(region).getAllByText('Reboot: 9 completed, 1 failed')).toHaveLength(1);
    expect(region).toHaveTextContent('web-prod-01 failed. The droplet was locked.');
    expect(within(region).getByRole('link', { name: 'View' })).toHaveAttribute('href', '#/droplets?droplet=3001');
  });

  it('shows nothing in the desktop app, where native notifications are used', async () => {
    replyWith('app.info', () => ok({ ...sampleAppInfo, runtime: 'desktop' }));
    renderApp('/settings');
    await screen.findByText('Version 1.2.3');
    act(() => emit('actions.settled', settled('completed')));
    expect(screen.queryByRole('region', { name: 'Action notifications' })).not.toBeInTheDocument();
    expect(screen.queryByText('Reboot completed')).not.toBeInTheDocument();
  });
});
