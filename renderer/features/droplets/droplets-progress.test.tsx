import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { DropletRow } from '../../../shared/droplet-types';
import { fail, ok, type PanelError, type Result } from '../../../shared/result';
import { manyDropletRows } from '../../testing/droplet-samples';
import { bridge, emit, replyWith } from '../../testing/fake-bridge';
import { renderApp } from '../../testing/render-app';
import { setUpRendererTests } from '../../testing/renderer-test-setup';

vi.mock('../../bridge', () => import('../../testing/fake-bridge'));

setUpRendererTests();

const rows = manyDropletRows(1_000);

/** `droplets.list` held by the test: pages pushed with `page`, the answer given with `answer`. */
const heldList = () => {
  const calls: { stream: string; answer: (result: Result<DropletRow[]>) => void }[] = [];
  replyWith('droplets.list', (request) => new Promise((answer) => calls.push({ stream: request.stream ?? '', answer })));
  const latest = async () => {
    await waitFor(() => expect(calls.length).toBeGreaterThan(0));
    return calls.at(-1) as (typeof calls)[number];
  };
  let pages = 0;
  return {
    calls,
    page: async (from: number, to: number) => {
      const { stream } = await latest();
      pages += 1;
      act(() => emit('lists.page', { stream, list: 'droplets', part: 0, page: pages, rows: rows.slice(from, to), loaded: to, total: rows.length }));
    },
    answer: async (result: Result<DropletRow[]>) => {
      const { answer } = await latest();
      act(() => answer(result));
    },
  };
};

const failure: PanelError = { kind: 'unavailable', message: 'Could not load page 3 of 5 of /v2/droplets: Service Unavailable', status: 503, requestId: 'req-3f9a' };
const grid = () => screen.findByRole('grid', { name: 'Droplets' });
const bar = () => screen.getByRole('progressbar', { name: 'Loading the droplets' });

describe('the droplet list while its pages arrive', () => {
  it('shows the first page at once with how far it has got, and the whole list with its plain count at the end', async () => {
    const list = heldList();
    renderApp('/droplets');
    await list.page(0, 200);
    expect(await grid()).toBeInTheDocument();
    expect(screen.getByText('Loading 200 of 1,000')).toBeInTheDocument();
    expect(bar()).toHaveAttribute('aria-valuenow', '20');
    expect(screen.getByText('200 of 1,000 droplets listed')).toBeInTheDocument();
    // Announced once, not on every page: the count's own live region is quiet while rows arrive.
    expect(screen.getByText('200 of 1,000 droplets listed')).toHaveAttribute('aria-live', 'off');
    expect(screen.getByText('Loading the droplets; rows appear as they arrive.')).toHaveAttribute('role', 'status');

    await list.page(200, 600);
    expect(screen.getByText('Loading 600 of 1,000')).toBeInTheDocument();
    expect(bar()).toHaveAttribute('aria-valuenow', '60');
    // The list takes arrived rows in a few writes (200, 800, …), not page by page: the count says
    // what is in the list, beside the bar's count of what has arrived, never both as "loaded".
    expect(screen.getByText('200 of 1,000 droplets listed')).toBeInTheDocument();
    expect(await grid()).toHaveAttribute('aria-rowcount', '201');

    await list.answer(ok(rows));
    expect(await screen.findByText('1000 droplets')).toBeInTheDocument();
    expect(screen.queryByRole('progressbar', { name: 'Loading the droplets' })).not.toBeInTheDocument();
    expect(screen.queryByText(/Loading \d/)).not.toBeInTheDocument();
  });

  it('applies search to the rows arrived so far, and says the count is of a partial list', async () => {
    const list = heldList();
    const { user } = renderApp('/droplets');
    await list.page(0, 200);
    await grid();
    await user.type(screen.getByRole('searchbox', { name: 'Search droplets' }), (rows[5] as DropletRow).name);
    await waitFor(() => expect(screen.getByText(/shown of 200 droplets listed \(1,000 in all\)/)).toBeInTheDocument());
    await list.answer(ok(rows));
  });

  it('says a selection made on a partial list is partial, in the bulk bar and on "select all"', async () => {
    const list = heldList();
    const { user } = renderApp('/droplets');
    await list.page(0, 200);
    const table = await grid();
    await user.click(within(table).getByRole('checkbox', { name: `Select ${(rows[0] as DropletRow).name}` }));
    expect(screen.getByRole('group', { name: 'Selected droplets' })).toHaveTextContent('1 selected — from a partial list: 200 of 1,000 listed');
    expect(within(table).getByRole('checkbox', { name: 'Select every row shown' })).toHaveAttribute('title', 'from a partial list: 200 of 1,000 listed');
    await list.answer(ok(rows));
    await waitFor(() => expect(screen.getByRole('group', { name: 'Selected droplets' })).toHaveTextContent(/^1 selected/));
    expect(screen.getByRole('group', { name: 'Selected droplets' })).not.toHaveTextContent('partial');
  });

  it('keeps the rows when a page fails for good, marks the list incomplete with DigitalOcean’s words and request id, and Retry completes it', async () => {
    const list = heldList();
    const { user } = renderApp('/droplets');
    await list.page(0, 400);
    await grid();
    await list.answer(fail(failure));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Showing 400 of 1,000 droplets — the list is incomplete');
    expect(alert).toHaveTextContent('Could not load page 3 of 5 of /v2/droplets: Service Unavailable');
    expect(alert).toHaveTextContent('Request ID req-3f9a');
    expect(screen.getByText('400 of 1,000 droplets listed')).toBeInTheDocument();
    expect(within(await grid()).getAllByRole('row').length).toBeGreaterThan(1);
    // Not taken for an older whole list that failed to refresh.
    expect(screen.queryByText(/Couldn’t refresh/)).not.toBeInTheDocument();

    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(bridge['droplets.list']).toHaveBeenCalledTimes(2));
    expect(screen.getByText('Refreshing — 0 of 1,000')).toBeInTheDocument();
    await list.answer(ok(rows));
    expect(await screen.findByText('1000 droplets')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});

describe('the droplet list refreshed while shown', () => {
  it('keeps the shown list, says "Refreshing — n of m", and replaces it only with the whole list', async () => {
    const first = rows.slice(0, 3);
    replyWith('droplets.list', () => ok(first));
    const { user } = renderApp('/droplets');
    expect(await screen.findByText('3 droplets')).toBeInTheDocument();
    const list = heldList();
    await user.click(screen.getByRole('button', { name: 'Refresh' }));
    await list.page(0, 200);
    expect(screen.getByText('Refreshing — 200 of 1,000')).toBeInTheDocument();
    expect(screen.getByText('3 droplets')).toBeInTheDocument();
    expect(within(await grid()).getAllByRole('row')).toHaveLength(4);
    await list.answer(ok(rows));
    expect(await screen.findByText('1000 droplets')).toBeInTheDocument();
  });
});

describe('rows shown before the fetch starts (last-known rows)', () => {
  it('says "Refreshing…" without numbers until DigitalOcean has said how long the list is', async () => {
    const list = heldList();
    const { user } = renderApp('/droplets');
    await list.page(0, 3);
    await list.answer(ok(rows.slice(0, 3)));
    expect(await screen.findByText('3 droplets')).toBeInTheDocument();
    const refresh = heldList();
    await user.click(screen.getByRole('button', { name: 'Refresh' }));
    await waitFor(() => expect(refresh.calls).toHaveLength(1));
    expect(screen.getByText('Refreshing…')).toBeInTheDocument();
    await refresh.page(0, 200);
    expect(screen.getByText('Refreshing — 200 of 1,000')).toBeInTheDocument();
    await refresh.answer(ok(rows));
    expect(await screen.findByText('1000 droplets')).toBeInTheDocument();
  });
});
