import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { RequestOf } from '../../../shared/contract';
import { fail, ok } from '../../../shared/result';
import { activeAccount, bridge, replyWith } from '../../testing/fake-bridge';
import { sampleDropletRow } from '../../testing/droplet-samples';
import { sampleSnapshot } from '../../testing/image-samples';
import { renderApp } from '../../testing/render-app';
import { setUpRendererTests } from '../../testing/renderer-test-setup';
import { backupRow, customRow, dbSnapshotRow, dockerRow, failedImportRow, ownRows, snapshotRow, trackedTransfer, ubuntuRow } from './image-test-rows';

vi.mock('../../bridge', () => import('../../testing/fake-bridge'));

setUpRendererTests({ account: null });

const connected = () => {
  replyWith('accounts.current', () => ok(activeAccount));
  replyWith('images.list', async () => ok(ownRows));
};

const hashQuery = () => new URLSearchParams(window.location.hash.split('?')[1] ?? '');

/** The names in a grid, top to bottom. */
const shownNames = async (label: string): Promise<string[]> => {
  const grid = await screen.findByRole('grid', { name: label });
  return within(grid)
    .getAllByRole('row')
    .slice(1)
    .map((row) => row.querySelector('.image-name__text')?.textContent ?? '');
};

// Each list request names its own stream: left out here, as it says nothing of what was asked.
const listRequests = () =>
  bridge['images.list'].mock.calls.map((call) => {
    const { stream: _stream, ...filter } = (call as unknown as [RequestOf<'images.list'>])[0];
    return filter;
  });

describe('ImagesPage without an account', () => {
  it('explains that snapshots, backups and custom images need an account', async () => {
    renderApp('/images');
    const emptyState = await screen.findByRole('region', { name: 'No images to show yet' });
    expect(emptyState).toHaveTextContent('snapshots, backups and custom images');
    expect(within(emptyState).getByRole('link', { name: 'Go to Accounts' })).toHaveAttribute('href', '#/accounts');
    expect(bridge['images.list']).not.toHaveBeenCalled();
  });
});

describe('ImagesPage tabs', () => {
  it('splits the account’s own images into snapshots, backups and custom images from one list', async () => {
    connected();
    const { user } = renderApp('/images');
    expect(await shownNames('Snapshots')).toEqual([dbSnapshotRow.name, snapshotRow.name]);

    await user.click(screen.getByRole('tab', { name: 'Backups' }));
    expect(await shownNames('Backups')).toEqual(['web-prod-01 2026-11-20']);
    expect(hashQuery().get('tab')).toBe('backups');

    await user.click(screen.getByRole('tab', { name: 'Custom images' }));
    expect(await shownNames('Custom images')).toEqual([customRow.name, failedImportRow.name]);
    const failed = screen.getByRole('row', { name: /windows-server-2022/ });
    expect(failed).toHaveTextContent('Import failed');
    expect(listRequests().every((request) => request.private === true)).toBe(true);
  });

  it('lists public distributions and applications with the API’s type filter, slugs shown', async () => {
    connected();
    replyWith('images.list', async () => ok([ubuntuRow, dockerRow]));
    const { user } = renderApp('/images?tab=distributions');
    const grid = await screen.findByRole('grid', { name: 'Distributions' });
    expect(within(grid).getByRole('columnheader', { name: /Slug/ })).toBeInTheDocument();
    expect(within(grid).getByRole('row', { name: /24\.04 \(LTS\) x64/ })).toHaveTextContent('ubuntu-24-04-x64');
    expect(listRequests()).toContainEqual({ type: 'distribution' });

    await user.click(screen.getByRole('tab', { name: 'Applications' }));
    await screen.findByRole('grid', { name: 'Applications' });
    expect(listRequests()).toContainEqual({ type: 'application' });
  });

  it('shows the first three regions as chips and how many more', async () => {
    connected();
    renderApp('/images');
    const row = await screen.findByRole('row', { name: /db-primary-before-pg16/ });
    const chips = row.querySelector('.image-chips');
    expect(chips).toHaveTextContent('nyc3fra1ams3+2');
    expect(chips).toHaveAttribute('title', 'nyc3, fra1, ams3, sgp1, lon1');
  });

  it('names the droplet each snapshot came from', async () => {
    connected();
    replyWith('snapshots.list', async () => ok([{ ...sampleSnapshot, resource_id: String(sampleDropletRow.id) }]));
    replyWith('droplets.list', async () => ok([sampleDropletRow]));
    renderApp('/images');
    const row = await screen.findByRole('row', { name: new RegExp(snapshotRow.name) });
    await waitFor(() => expect(row).toHaveTextContent(sampleDropletRow.name));
    expect(bridge['snapshots.list']).toHaveBeenCalledWith({ resourceType: 'droplet' });
  });

  it('names the droplet each backup came from, from the backups of droplets that keep them', async () => {
    connected();
    replyWith('droplets.list', async () => ok([{ ...sampleDropletRow, backupsEnabled: true }, { ...sampleDropletRow, id: 3009, name: 'no-backups', backupsEnabled: false }]));
    replyWith('droplets.backups', async () => ok([{ id: backupRow.id, name: backupRow.name, type: 'backup', created_at: backupRow.createdAt, regions: ['nyc3'], min_disk_size: 80, size_gigabytes: 4.2 }]));
    renderApp('/images?tab=backups');
    const row = await screen.findByRole('row', { name: new RegExp(backupRow.name) });
    await waitFor(() => expect(row).toHaveTextContent(sampleDropletRow.name));
    // Only droplets that keep backups are asked.
    expect(bridge['droplets.backups']).toHaveBeenCalledWith({ id: sampleDropletRow.id });
    expect(bridge['droplets.backups']).not.toHaveBeenCalledWith({ id: 3009 });
  });

  it('opens the tab that holds an image named in the address without a tab', async () => {
    connected();
    renderApp(`/images?image=${customRow.id}`);
    expect(await screen.findByRole('complementary', { name: `Image ${customRow.name}` })).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'Custom images' })).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('tab', { name: 'Snapshots' })).toHaveAttribute('aria-selected', 'false');
  });

  it('shows a running transfer’s progress in the status column, as time left', async () => {
    connected();
    replyWith('actions.tracked', async () => ok([trackedTransfer]));
    renderApp('/images');
    const row = await screen.findByRole('row', { name: new RegExp(snapshotRow.name) });
    await waitFor(() => expect(row).toHaveTextContent('Transfer · about 4 min left'));
    expect(row).not.toHaveTextContent('%');
  });
});

describe('ImagesPage search and tag', () => {
  it('searches as you type by name, slug and distribution, and keeps it in the address', async () => {
    connected();
    const { user } = renderApp('/images');
    await shownNames('Snapshots');
    await user.type(screen.getByRole('searchbox', { name: 'Search images' }), 'debian');
    await waitFor(async () => expect(await shownNames('Snapshots')).toEqual([dbSnapshotRow.name]));
    expect(hashQuery().get('q')).toBe('debian');
    expect(screen.getByText('1 of 2 images')).toBeInTheDocument();

    await user.clear(screen.getByRole('searchbox', { name: 'Search images' }));
    await user.type(screen.getByRole('searchbox', { name: 'Search images' }), 'nothing-like-this');
    expect(await screen.findByRole('region', { name: 'No images match' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Clear search and tag' }));
    expect(await shownNames('Snapshots')).toHaveLength(2);
  });

  it('asks DigitalOcean for the tag, and keeps it in the query key and the address', async () => {
    connected();
    replyWith('tags.list', async () => ok([{ name: 'env:prod' }, { name: 'golden-image' }]));
    const { user } = renderApp('/images');
    await shownNames('Snapshots');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Tag' }), 'env:prod');
    await waitFor(() => expect(listRequests()).toContainEqual({ private: true, tagName: 'env:prod' }));
    expect(hashQuery().get('tag')).toBe('env:prod');
    await waitFor(async () => expect(await shownNames('Snapshots')).toEqual([dbSnapshotRow.name]));
  });
});

describe('ImagesPage empty and failed lists', () => {
  it('offers to import an image on an empty Custom images tab', async () => {
    connected();
    replyWith('images.list', async () => ok([snapshotRow]));
    const { user } = renderApp('/images?tab=custom');
    const empty = await screen.findByRole('region', { name: 'No custom images yet' });
    await user.click(within(empty).getByRole('button', { name: 'Import an image' }));
    expect(await screen.findByRole('dialog', { name: 'Import a custom image' })).toBeInTheDocument();
  });

  it('shows DigitalOcean’s message with a Retry that asks again', async () => {
    connected();
    let calls = 0;
    replyWith('images.list', async () => {
      calls += 1;
      return calls === 1 ? fail({ kind: 'server', status: 500, message: 'Server was unable to give you a response.', requestId: 'req-9' }) : ok(ownRows);
    });
    const { user } = renderApp('/images');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent("Couldn't load the snapshots");
    expect(alert).toHaveTextContent('Server was unable to give you a response.');
    expect(alert).toHaveTextContent('req-9');
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await shownNames('Snapshots')).toHaveLength(2);
  });

  it('shows a loading skeleton first', async () => {
    connected();
    replyWith('images.list', () => new Promise(() => undefined));
    renderApp('/images');
    expect(await screen.findByText('Loading snapshots')).toBeInTheDocument();
  });
});

describe('ImagesPage keyboard', () => {
  it('moves with the arrows, opens with Enter and closes with Escape', async () => {
    connected();
    const { user } = renderApp('/images');
    const grid = await screen.findByRole('grid', { name: 'Snapshots' });
    grid.focus();
    await user.keyboard('{ArrowDown}{ArrowDown}{Enter}');
    expect(await screen.findByRole('complementary', { name: `Image ${snapshotRow.name}` })).toBeInTheDocument();
    expect(hashQuery().get('image')).toBe(String(snapshotRow.id));
    // Beside the pane, the list keeps the columns that tell images apart.
    expect(within(grid).getAllByRole('columnheader').map((header) => header.textContent)).toEqual(['Name', 'Regions', 'Size', 'Status']);
    grid.focus();
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('complementary', { name: /^Image / })).not.toBeInTheDocument());
    expect(hashQuery().get('image')).toBeNull();
  });
});
