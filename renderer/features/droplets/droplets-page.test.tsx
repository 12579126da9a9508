import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { DropletRow } from '../../../shared/droplet-types';
import { fail, ok } from '../../../shared/result';
import { bridge, replyWith } from '../../testing/fake-bridge';
import { manyDropletRows, sampleDroplet, sampleDropletRow, sampleTrackedSnapshot } from '../../testing/droplet-samples';
import { renderApp } from '../../testing/render-app';
import { setUpRendererTests } from '../../testing/renderer-test-setup';
import { stubElementSize } from '../../testing/viewport';

vi.mock('../../bridge', () => import('../../testing/fake-bridge'));

const dbRow: DropletRow = {
  ...sampleDropletRow,
  id: 3002,
  name: 'db-primary',
  publicIpv4: '203.0.113.20',
  privateIpv4: '10.108.0.3',
  region: { slug: 'fra1', name: 'Frankfurt 1' },
  size: { slug: 'm-2vcpu-16gb', vcpus: 2, memoryMb: 16384, diskGb: 50, priceMonthly: 84 },
  tags: ['env:prod', 'db'],
};

const stagingRow: DropletRow = {
  ...sampleDropletRow,
  id: 3003,
  name: 'staging-api',
  status: 'off',
  publicIpv4: '198.51.100.7',
  privateIpv4: null,
  region: { slug: 'sfo3', name: 'San Francisco 3' },
  size: { slug: 's-1vcpu-1gb', vcpus: 1, memoryMb: 1024, diskGb: 25, priceMonthly: 6 },
  tags: ['env:staging'],
};

const rows = [sampleDropletRow, dbRow, stagingRow];

setUpRendererTests();

beforeEach(() => {
  replyWith('droplets.list', () => ok(rows));
});

const grid = () => screen.findByRole('grid', { name: 'Droplets' });

/** The names in the table, top to bottom. */
const shownNames = async (): Promise<string[]> => {
  const table = await grid();
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => row.querySelector('.droplet-name__text')?.textContent ?? '');
};

const hashQuery = () => new URLSearchParams(window.location.hash.split('?')[1] ?? '');

describe('DropletsPage without an account', () => {
  it('welcomes on the first start, in place of the droplets', async () => {
    replyWith('accounts.current', () => ok({ state: 'none', environmentTokenAvailable: false }));
    renderApp('/droplets');
    expect(await screen.findByRole('region', { name: 'Welcome to DigitalOcean Panel' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Droplets');
    expect(bridge['droplets.list']).not.toHaveBeenCalled();
  });

  it('shows why the account could not be checked', async () => {
    replyWith('accounts.current', () => fail({ kind: 'internal', message: 'Vault unreadable.' }));
    renderApp('/droplets');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent("Couldn't check the account");
    expect(alert).toHaveTextContent('Vault unreadable.');
  });
});

describe('DropletsPage list', () => {
  it('lists the rows droplets.list returns, with their columns', async () => {
    renderApp('/droplets');
    expect(await shownNames()).toEqual(['db-primary', 'staging-api', 'web-prod-01']);
    const row = within(await grid()).getAllByRole('row')[3] as HTMLElement;
    expect(row).toHaveTextContent('Active');
    expect(row).toHaveTextContent('203.0.113.10');
    expect(row).toHaveTextContent('nyc3');
    expect(row).toHaveTextContent('2 vCPU · 4 GB · 80 GB');
    expect(row).toHaveTextContent('Ubuntu 24.04 (LTS) x64');
    expect(row).toHaveTextContent('env:prod');
    expect(row).toHaveTextContent('$24.00');
    expect(screen.getByText('3 droplets')).toBeInTheDocument();
    expect(bridge['droplets.list']).toHaveBeenCalledWith({ stream: expect.any(String) });
  });

  it.each([
    ['name', 'staging', ['staging-api']],
    ['public IP', '203.0.113.2', ['db-primary']],
    ['private IP', '10.108.0.2', ['web-prod-01']],
    ['tag', 'env:prod', ['db-primary', 'web-prod-01']],
    ['id', '3003', ['staging-api']],
  ])('searches by %s as you type', async (_what, query, expected) => {
    const { user } = renderApp('/droplets');
    await grid();
    await user.type(screen.getByRole('searchbox', { name: 'Search droplets' }), query);
    await waitFor(async () => expect(await shownNames()).toEqual(expected));
    expect(hashQuery().get('q')).toBe(query);
  });

  it('filters by status', async () => {
    const { user } = renderApp('/droplets');
    await grid();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'off');
    expect(await shownNames()).toEqual(['staging-api']);
    expect(screen.getByText('1 of 3 droplets')).toBeInTheDocument();
    expect(hashQuery().get('status')).toBe('off');
  });

  it('sorts by a column and flips on a second click, saying so with aria-sort', async () => {
    const { user } = renderApp('/droplets');
    const table = await grid();
    const nameHeader = within(table).getByRole('columnheader', { name: /Name/ });
    expect(nameHeader).toHaveAttribute('aria-sort', 'ascending');
    await user.click(within(table).getByRole('button', { name: /Monthly/ }));
    expect(await shownNames()).toEqual(['staging-api', 'web-prod-01', 'db-primary']);
    expect(within(table).getByRole('columnheader', { name: /Monthly/ })).toHaveAttribute('aria-sort', 'ascending');
    expect(nameHeader).toHaveAttribute('aria-sort', 'none');
    await user.click(within(table).getByRole('button', { name: /Monthly/ }));
    expect(await shownNames()).toEqual(['db-primary', 'web-prod-01', 'staging-api']);
    expect(hashQuery().get('sort')).toBe('price');
    expect(hashQuery().get('dir')).toBe('desc');
  });

  it('asks DigitalOcean for the tagged droplets when filtering by tag', async () => {
    replyWith('tags.list', () => ok([{ name: 'db' }, { name: 'env:prod' }]));
    const { user } = renderApp('/droplets');
    await grid();
    const tag = screen.getByRole('combobox', { name: 'Tag' });
    await waitFor(() => expect(within(tag).getByRole('option', { name: 'db' })).toBeInTheDocument());
    replyWith('droplets.list', () => ok([dbRow]));
    await user.selectOptions(tag, 'db');
    await waitFor(() => expect(bridge['droplets.list']).toHaveBeenCalledWith({ tagName: 'db', stream: expect.any(String) }));
    expect(await shownNames()).toEqual(['db-primary']);
    expect(hashQuery().get('tag')).toBe('db');
  });

  it('restores search, filters and the open droplet from the address', async () => {
    renderApp('/droplets?q=prod&region=nyc3&droplet=3001');
    expect(await shownNames()).toEqual(['web-prod-01']);
    expect(screen.getByRole('searchbox', { name: 'Search droplets' })).toHaveValue('prod');
    expect(screen.getByRole('combobox', { name: 'Region' })).toHaveValue('nyc3');
    expect(await screen.findByRole('complementary', { name: 'Droplet web-prod-01' })).toBeInTheDocument();
    // The page's own URL is never touched: browser mode keeps its key there.
    expect(window.location.search).toBe('');
  });

  it('clears search and filters when nothing matches', async () => {
    const { user } = renderApp('/droplets?q=nothing-like-this');
    await user.click(await screen.findByRole('button', { name: 'Clear search and filters' }));
    expect(await shownNames()).toHaveLength(3);
    expect(window.location.hash).toBe('#/droplets');
  });

  it('moves with the arrow keys, opens with Enter and closes with Escape', async () => {
    const { user } = renderApp('/droplets');
    const table = await grid();
    table.focus();
    await user.keyboard('{ArrowDown}{ArrowDown}');
    // The table is multi-selectable: aria-selected says what is picked, aria-activedescendant where the keyboard is.
    const active = within(table).getAllByRole('row').find((row) => row.id !== '' && row.id === table.getAttribute('aria-activedescendant'));
    expect(active).toHaveTextContent('staging-api');
    expect(active).toHaveAttribute('aria-selected', 'false');
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('complementary', { name: /Droplet / })).toBeInTheDocument();
    expect(hashQuery().get('droplet')).toBe('3003');
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('complementary', { name: /^Droplet / })).not.toBeInTheDocument());
    expect(hashQuery().get('droplet')).toBeNull();
    expect(table).toHaveFocus();
  });

  it('shows an estimate from the tracker, or says only "in progress" without one', async () => {
    replyWith('actions.tracked', () => ok([sampleTrackedSnapshot]));
    renderApp('/droplets');
    expect(await screen.findByText('Snapshot · about 3 min left')).toBeInTheDocument();
  });

  it('never invents a percentage when the progress is indeterminate', async () => {
    replyWith('actions.tracked', () => ok([{ ...sampleTrackedSnapshot, progress: { kind: 'indeterminate', reason: 'no-basis' } }]));
    renderApp('/droplets');
    expect(await screen.findByText('Snapshot · in progress · 2 min so far')).toBeInTheDocument();
    expect(screen.queryByText(/%/)).not.toBeInTheDocument();
  });

  it('explains an account with no droplets', async () => {
    replyWith('droplets.list', () => ok([]));
    renderApp('/droplets');
    const empty = await screen.findByRole('region', { name: 'No droplets in this account' });
    expect(within(empty).getByRole('button', { name: 'Create droplet' })).toBeInTheDocument();
  });

  it("shows DigitalOcean's error and retries", async () => {
    replyWith('droplets.list', () => fail({ kind: 'server', status: 500, message: 'Server was unable to give you a response.', requestId: 'req-1' }));
    const { user } = renderApp('/droplets');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent("Couldn't load the droplets");
    expect(alert).toHaveTextContent('Server was unable to give you a response.');
    replyWith('droplets.list', () => ok(rows));
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await shownNames()).toHaveLength(3);
  });

  it('refreshes on request and says how old the list is', async () => {
    const { user } = renderApp('/droplets');
    await grid();
    expect(screen.getByText(/Updated \d+ s ago/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Refresh' }));
    await waitFor(() => expect(bridge['droplets.list']).toHaveBeenCalledTimes(2));
  });

  it('hides a column from the column chooser', async () => {
    const { user } = renderApp('/droplets');
    const table = await grid();
    await user.click(screen.getByRole('button', { name: 'Choose columns' }));
    await user.click(await screen.findByRole('menuitemcheckbox', { name: 'Image' }));
    expect(within(table).queryByRole('columnheader', { name: /Image/ })).not.toBeInTheDocument();
    expect(localStorage.getItem('do-panel.droplet-columns')).toContain('image');
  });

  it('leaves out columns by priority when the list is narrow, and says so in the column chooser', async () => {
    // 700 px: name, status, IP and region at their narrowest, with the checkbox column, fit; size does not.
    // The shared setup puts jsdom's own sizes back after each test.
    stubElementSize({ width: 700, height: 600 });
    const { user } = renderApp('/droplets');
    const table = await grid();
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((header) => header.textContent);
    expect(headers).toEqual(['', 'Name', 'Status', 'Public IPv4', 'Region']);
    expect(table).toHaveAttribute('aria-colcount', '5');

    await user.click(screen.getByRole('button', { name: 'Choose columns' }));
    const size = await screen.findByRole('menuitemcheckbox', { name: 'Size' });
    expect(size).toBeChecked();
    expect(size).toHaveAccessibleDescription(/Left out to fit the width/);
    expect(screen.getByRole('menuitemcheckbox', { name: 'Region' })).not.toHaveAccessibleDescription(/Left out/);
  });

  it('draws tags as chips on one line, with "+N" and every tag for screen readers', async () => {
    replyWith('droplets.list', () => ok([{ ...dbRow, tags: ['env:prod', 'db', 'backups', 'pci'] }]));
    renderApp('/droplets');
    const row = await within(await grid()).findByRole('row', { name: /db-primary/ });
    const chips = row.querySelector('.droplet-chips');
    expect(chips).toHaveAttribute('title', 'env:prod, db, backups, pci');
    expect([...(chips?.querySelectorAll('.droplet-chip') ?? [])].map((chip) => chip.textContent)).toEqual(['env:prod', 'db', '+2']);
    expect(row).toHaveAccessibleName(/Tags: env:prod, db, backups, pci/);
  });

  it('renders only a window of rows for 10,000 droplets', async () => {
    replyWith('droplets.list', () => ok(manyDropletRows(10_000)));
    renderApp('/droplets');
    const table = await grid();
    expect(table).toHaveAttribute('aria-rowcount', '10001');
    const domRows = within(table).getAllByRole('row').length - 1;
    expect(domRows).toBeGreaterThan(5);
    expect(domRows).toBeLessThan(60);
  });
});

describe('DropletsPage detail pane', () => {
  it('shows what DigitalOcean says about the droplet', async () => {
    replyWith('droplets.get', () =>
      ok({ ...sampleDroplet, vpc_uuid: 'vpc-123', backup_ids: [7001], snapshot_ids: [7002], next_backup_window: { start: '2026-12-01T00:00:00Z', end: '2026-12-01T04:00:00Z' } }),
    );
    renderApp('/droplets?droplet=3001');
    const pane = await screen.findByRole('complementary', { name: 'Droplet web-prod-01' });
    await within(pane).findByText('vpc-123');
    for (const text of ['3001', 's-2vcpu-4gb', '$24.00', 'ubuntu-24-04-x64', '255.255.240.0', '203.0.113.1', '10.108.0.2', '7001', '7002', 'monitoring', 'New York 3']) {
      expect(pane).toHaveTextContent(text);
    }
    expect(within(pane).getByRole('link', { name: /Open in the DigitalOcean web panel/ })).toHaveAttribute(
      'href',
      'https://cloud.digitalocean.com/droplets/3001',
    );
    expect(within(pane).getByRole('button', { name: 'Copy public IPv4 address' })).toBeInTheDocument();
  });

  it('copies the SSH command', async () => {
    const { user } = renderApp('/droplets?droplet=3001');
    const pane = await screen.findByRole('complementary', { name: 'Droplet web-prod-01' });
    await user.click(within(pane).getByRole('button', { name: 'Copy SSH command' }));
    expect(await navigator.clipboard.readText()).toBe('ssh root@203.0.113.10');
    expect(await within(pane).findByText('Copied SSH command: ssh root@203.0.113.10')).toBeInTheDocument();
  });

  it('copies the droplet as DigitalOcean last described it, as JSON', async () => {
    const { user } = renderApp('/droplets?droplet=3001');
    const pane = await screen.findByRole('complementary', { name: 'Droplet web-prod-01' });
    await user.click(within(pane).getByRole('button', { name: 'Copy as JSON' }));
    await within(pane).findByText('Copied the droplet as JSON');
    expect(JSON.parse(await navigator.clipboard.readText())).toEqual(JSON.parse(JSON.stringify(sampleDroplet)));
    expect(bridge['droplets.get']).toHaveBeenCalledTimes(1);
  });

  it('loads each tab only when it is opened', async () => {
    replyWith('droplets.actions', () =>
      ok([
        { id: 1, type: 'create', status: 'completed', started_at: '2026-04-24T09:30:00Z', completed_at: '2026-04-24T09:31:05Z' },
        { id: 2, type: 'power_off', status: 'errored', started_at: '2026-05-01T10:00:00Z', completed_at: '2026-05-01T10:00:12Z' },
      ]),
    );
    replyWith('droplets.snapshots', () =>
      ok([{ id: 7002, name: 'before-upgrade', type: 'snapshot', created_at: '2026-05-02T00:00:00Z', regions: ['nyc3'], min_disk_size: 80, size_gigabytes: 4.2 }]),
    );
    const { user } = renderApp('/droplets?droplet=3001');
    const pane = await screen.findByRole('complementary', { name: 'Droplet web-prod-01' });
    expect(bridge['droplets.actions']).not.toHaveBeenCalled();

    await user.click(within(pane).getByRole('tab', { name: 'History' }));
    const history = within(pane).getByRole('tabpanel');
    const items = await within(history).findAllByRole('listitem');
    expect(items[0]).toHaveTextContent('Power off');
    expect(items[0]).toHaveTextContent('Errored');
    expect(items[0]).toHaveTextContent('took 12 s');
    expect(items[1]).toHaveTextContent('Create');
    expect(items[1]).toHaveTextContent('took 1 min 5 s');
    expect(bridge['droplets.actions']).toHaveBeenCalledWith({ id: 3001 });

    within(pane).getByRole('tab', { name: 'History' }).focus();
    // Overview, Graphs, then Snapshots.
    await user.keyboard('{Home}{ArrowRight}{ArrowRight}');
    expect(within(pane).getByRole('tab', { name: 'Snapshots' })).toHaveAttribute('aria-selected', 'true');
    expect(await within(pane).findByText('before-upgrade')).toBeInTheDocument();

    for (const name of ['Backups', 'Kernels', 'Neighbors'] as const) await user.click(within(pane).getByRole('tab', { name }));
    await within(pane).findByText("None of your other droplets share this droplet's physical server.");
    expect(bridge['droplets.backups']).toHaveBeenCalledWith({ id: 3001 });
    expect(bridge['droplets.kernels']).toHaveBeenCalledWith({ id: 3001 });
    expect(bridge['droplets.neighbors']).toHaveBeenCalledWith({ id: 3001 });
  });

  it('closes with its button', async () => {
    const { user } = renderApp('/droplets?droplet=3001');
    const pane = await screen.findByRole('complementary', { name: 'Droplet web-prod-01' });
    await user.click(within(pane).getByRole('button', { name: 'Close details' }));
    await waitFor(() => expect(screen.queryByRole('complementary', { name: /^Droplet / })).not.toBeInTheDocument());
    expect(hashQuery().get('droplet')).toBeNull();
  });
});
