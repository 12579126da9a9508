import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { ActionSettled, InFlightAction } from '../../../shared/action-types';
import { ok } from '../../../shared/result';
import { bridge, emit, replyWith } from '../../testing/fake-bridge';
import { sampleDroplet, sampleTrackedSnapshot, settledReboot } from '../../testing/droplet-samples';
import { renderApp } from '../../testing/render-app';
import { setUpRendererTests } from '../../testing/renderer-test-setup';

vi.mock('../../bridge', () => import('../../testing/fake-bridge'));

const imageTransfer: InFlightAction = {
  key: 'action:9300',
  kind: 'action',
  id: 9300,
  type: 'transfer',
  status: 'in-progress',
  resource: { type: 'image', id: 4400, name: 'golden-base' },
  startedAt: '2026-11-22T09:00:00Z',
  startedByUser: false,
  elapsedMs: 30_000,
  progress: { kind: 'indeterminate', reason: 'no-basis' },
};

const settled = (id: number, outcome: 'completed' | 'errored', name: string, errorMessage?: string): ActionSettled =>
  settledReboot({ id, outcome, resource: { type: 'droplet', id: id + 1, name }, durationMs: 42_000, errorMessage });

const historyAction = (id: number, type: string, status: 'in-progress' | 'completed' | 'errored', resourceId: number) => ({
  id,
  type,
  status,
  started_at: `2026-11-2${id % 10}T10:00:00Z`,
  completed_at: status === 'in-progress' ? null : `2026-11-2${id % 10}T10:01:05Z`,
  resource_id: resourceId,
  resource_type: 'droplet',
});

setUpRendererTests({ size: false });

describe('ActivityPage', () => {
  it('asks for an account when none is connected', async () => {
    replyWith('accounts.current', () => ok({ state: 'none', environmentTokenAvailable: false }));
    renderApp('/activity');
    const emptyState = await screen.findByRole('region', { name: 'No account connected' });
    expect(within(emptyState).getByRole('link', { name: 'Go to Accounts' })).toHaveAttribute('href', '#/accounts');
  });

  it('explains what will appear once actions are started', async () => {
    renderApp('/activity');
    const emptyState = await screen.findByRole('region', { name: 'No actions yet' });
    expect(emptyState).toHaveTextContent('Actions you start (power, resize, snapshots, image transfers) appear here with their progress.');
    expect(within(emptyState).getByRole('link', { name: 'Go to Droplets' })).toHaveAttribute('href', '#/droplets');
  });

  it('shows every running action as a progress bar, its resource a link to it', async () => {
    replyWith('actions.tracked', () => ok([sampleTrackedSnapshot, imageTransfer]));
    renderApp('/activity');

    const running = await screen.findByRole('list', { name: 'Running actions' });
    const items = within(running).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(within(items[0] as HTMLElement).getByRole('link', { name: sampleDroplet.name })).toHaveAttribute('href', `#/droplets?droplet=${sampleDroplet.id}`);
    expect(within(items[0] as HTMLElement).getByRole('progressbar', { name: 'Snapshot' })).toHaveAttribute('aria-valuetext', '2 min elapsed · about 3 min left (estimate)');
    expect(within(items[1] as HTMLElement).getByRole('link', { name: 'golden-base' })).toHaveAttribute('href', '#/images?image=4400');
    expect(within(items[1] as HTMLElement).getByText('Started elsewhere')).toBeInTheDocument();
    expect(within(items[1] as HTMLElement).getByRole('progressbar', { name: 'Transfer' })).not.toHaveAttribute('aria-valuenow');
    expect(running.textContent).not.toMatch(/%/);
  });

  it('lists what finished, a failure with its reason, and refreshes when an action settles', async () => {
    let recent = [settled(1, 'completed', 'web-1')];
    replyWith('actions.recent', () => ok(recent));
    renderApp('/activity');

    const list = await screen.findByRole('list', { name: 'Finished actions, newest first' });
    // One line each: no progress bar once it has ended.
    expect(within(list).getByRole('listitem')).toHaveTextContent(/^web-1RebootDone in 42 s.+/);
    expect(within(list).queryByRole('progressbar')).not.toBeInTheDocument();

    recent = [settled(2, 'errored', 'db-1', 'The droplet was locked.'), ...recent];
    act(() => emit('actions.settled', recent[0] as ActionSettled));
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(2));
    const failed = within(list).getAllByRole('listitem')[0] as HTMLElement;
    expect(within(failed).getByRole('link', { name: 'db-1' })).toBeInTheDocument();
    expect(failed).toHaveTextContent(/^db-1RebootFailed after 42 s/);
    expect(failed).toHaveAttribute('data-outcome', 'errored');
    expect(failed).toHaveTextContent('The droplet was locked.');
  });

  it('pages through the account history, newest first, with status and duration', async () => {
    replyWith('actions.history', async () => {
      const page = (bridge['actions.history'].mock.calls.at(-1) as unknown as [{ page: number }] | undefined)?.[0]?.page ?? 1;
      return ok({
        actions: page === 1 ? [historyAction(2, 'power_off', 'errored', 77), historyAction(1, 'snapshot', 'completed', 78)] : [historyAction(3, 'reboot', 'in-progress', 79)],
        page,
        perPage: 20,
        total: 21,
      });
    });
    const { user } = renderApp('/activity');

    const table = await screen.findByRole('table', { name: /newest first \(page 1 of 2\)/ });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getAllByRole('cell').map((cell) => cell.textContent))).toEqual([
      ['Power off', 'Droplet 77', 'Errored', expect.any(String), '1 min 5 s'],
      ['Snapshot', 'Droplet 78', 'Completed', expect.any(String), '1 min 5 s'],
    ]);
    expect(within(rows[0] as HTMLElement).getByRole('link', { name: 'Droplet 77' })).toHaveAttribute('href', '#/droplets?droplet=77');

    const newer = screen.getByRole('button', { name: 'Newer' });
    expect(newer).toHaveAttribute('aria-disabled', 'true');
    await user.click(screen.getByRole('button', { name: 'Older' }));
    expect(await screen.findByRole('table', { name: /page 2 of 2/ })).toHaveTextContent('Still running');
    expect(window.location.hash).toBe('#/activity?page=2');
    expect(bridge['actions.history']).toHaveBeenLastCalledWith({ page: 2, perPage: 20 });
  });

  it('filters all three lists from the address and the toolbar, by keyboard', async () => {
    replyWith('actions.tracked', () => ok([sampleTrackedSnapshot, imageTransfer]));
    replyWith('actions.recent', () => ok([settled(1, 'completed', 'web-1'), settled(2, 'errored', 'db-1')]));
    const { user } = renderApp('/activity?resource=image');

    const running = await screen.findByRole('list', { name: 'Running actions' });
    expect(within(running).getAllByRole('listitem')).toHaveLength(1);
    expect(within(running).getByRole('link', { name: 'golden-base' })).toBeInTheDocument();
    expect(await screen.findByText('No finished action matches the filters.')).toBeInTheDocument();

    await user.selectOptions(screen.getByRole('combobox', { name: 'Resource type' }), '');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'errored');
    expect(window.location.hash).toBe('#/activity?status=errored');
    expect(screen.getByText('No running action matches the filters.')).toBeInTheDocument();
    expect(within(screen.getByRole('list', { name: 'Finished actions, newest first' })).getAllByRole('listitem')).toHaveLength(1);

    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), '');
    await user.click(screen.getByRole('searchbox', { name: 'Search by resource name' }));
    await user.keyboard('web');
    expect(window.location.hash).toBe('#/activity?q=web');
    const finished = screen.getByRole('list', { name: 'Finished actions, newest first' });
    expect(within(finished).getAllByRole('listitem')).toHaveLength(1);
    expect(within(finished).getByRole('link', { name: 'web-1' })).toBeInTheDocument();
    expect(within(screen.getByRole('list', { name: 'Running actions' })).getByRole('link', { name: sampleDroplet.name })).toBeInTheDocument();

    await user.selectOptions(screen.getByRole('combobox', { name: 'Action type' }), 'snapshot');
    expect(window.location.hash).toBe('#/activity?type=snapshot&q=web');
    expect(screen.getByText('No finished action matches the filters.')).toBeInTheDocument();
  });

  it('counts running actions beside Activity in the sidebar', async () => {
    replyWith('actions.tracked', () => ok([sampleTrackedSnapshot, imageTransfer]));
    renderApp('/droplets');
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(await within(nav).findByRole('link', { name: 'Activity, 2 running' })).toHaveAttribute('href', '#/activity');
  });
});
