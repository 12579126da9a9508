import { renderHook, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ok } from '../../../shared/result';
import { bridge, replyWith } from '../../testing/fake-bridge';
import { sampleDropletRow } from '../../testing/droplet-samples';
import { sampleImageAction, sampleSnapshot } from '../../testing/image-samples';
import { renderApp } from '../../testing/render-app';
import { setUpRendererTests } from '../../testing/renderer-test-setup';
import { useCreateDropletDialog } from '../../stores/create-droplet-store';
import { customRow, failedImportRow, ownRows, snapshotRow, trackedTransfer, ubuntuRow } from './image-test-rows';

vi.mock('../../bridge', () => import('../../testing/fake-bridge'));

setUpRendererTests();

beforeEach(() => {
  replyWith('images.list', async () => ok(ownRows));
});

const openPane = async (path: string, name: string) => {
  const rendered = renderApp(path);
  const pane = await screen.findByRole('complementary', { name: `Image ${name}` });
  return { ...rendered, pane };
};

const fact = (pane: HTMLElement, term: string) => within(pane).getByText(term, { selector: 'dt' }).nextElementSibling;

describe('ImagePane', () => {
  it('shows every field DigitalOcean returns', async () => {
    const { pane } = await openPane(`/images?tab=custom&image=${customRow.id}`, customRow.name);
    expect(fact(pane, 'ID')).toHaveTextContent(String(customRow.id));
    expect(fact(pane, 'Description')).toHaveTextContent('CIS hardened');
    expect(fact(pane, 'Type')).toHaveTextContent('custom');
    expect(fact(pane, 'Distribution')).toHaveTextContent('Ubuntu');
    expect(fact(pane, 'Slug')).toHaveTextContent('No slug');
    expect(fact(pane, 'Public')).toHaveTextContent('No');
    expect(fact(pane, 'Regions')).toHaveTextContent('nyc3fra1');
    expect(fact(pane, 'Min disk size')).toHaveTextContent('80 GB');
    expect(fact(pane, 'Size')).toHaveTextContent('4.2 GB');
    expect(fact(pane, 'Created')).not.toHaveTextContent('Not reported');
    expect(fact(pane, 'Status')).toHaveTextContent(/^Available$/);
    expect(fact(pane, 'Error message')).toHaveTextContent('None');
    expect(fact(pane, 'Tags')).toHaveTextContent('golden-image');
  });

  it('copies DigitalOcean’s own object as JSON, asked for once at most', async () => {
    const image = { id: customRow.id, name: customRow.name, type: 'custom', size_gigabytes: 4.2, regions: ['nyc3', 'fra1'] };
    replyWith('images.get', async () => ok(image as never));
    const { user, pane } = await openPane(`/images?tab=custom&image=${customRow.id}`, customRow.name);
    await user.click(within(pane).getByRole('button', { name: 'Copy as JSON' }));
    await within(pane).findByText('Copied the image as JSON');
    expect(JSON.parse(await navigator.clipboard.readText())).toEqual(image);
    await user.click(within(pane).getByRole('button', { name: /Copy as JSON|Copied/ }));
    expect(bridge['images.get']).toHaveBeenCalledTimes(1);
  });

  it('says plainly why an import failed', async () => {
    const { pane } = await openPane(`/images?tab=custom&image=${failedImportRow.id}`, failedImportRow.name);
    expect(within(pane).getByText('The import failed')).toBeInTheDocument();
    expect(pane).toHaveTextContent('its URL could not be downloaded');
    expect(within(pane).getByRole('button', { name: 'Create droplet' })).toHaveAttribute('aria-disabled', 'true');
  });

  it('links to the droplet a snapshot came from, and lists the image’s history', async () => {
    replyWith('snapshots.list', async () => ok([{ ...sampleSnapshot, resource_id: String(sampleDropletRow.id) }]));
    replyWith('droplets.list', async () => ok([sampleDropletRow]));
    replyWith('images.actions', async () => ok([{ ...sampleImageAction, status: 'completed', completed_at: '2026-11-22T09:10:00Z' }]));
    const { pane } = await openPane(`/images?image=${snapshotRow.id}`, snapshotRow.name);
    const droplet = within(pane).getByRole('region', { name: 'Droplet' });
    await waitFor(() => expect(droplet).toHaveTextContent(`Snapshot of ${sampleDropletRow.name}`));
    expect(within(droplet).getByRole('link', { name: 'Open the droplet' })).toHaveAttribute('href', `#/droplets?droplet=${sampleDropletRow.id}`);
    const history = within(pane).getByRole('region', { name: 'History' });
    expect(await within(history).findByText('Transfer to fra1')).toBeInTheDocument();
    expect(history).toHaveTextContent('took 10 min');
    expect(history).toHaveTextContent('Completed');
    expect(bridge['images.actions']).toHaveBeenCalledWith({ id: snapshotRow.id });
  });

  it('shows live progress while a transfer runs, and holds back what would collide with it', async () => {
    replyWith('actions.tracked', async () => ok([trackedTransfer]));
    const { pane } = await openPane(`/images?image=${snapshotRow.id}`, snapshotRow.name);
    const bar = await within(pane).findByRole('progressbar', { name: 'Transfer' });
    expect(bar).toBeInTheDocument();
    expect(pane).toHaveTextContent('about 4 min left (estimate)');
    expect(within(pane).getByRole('button', { name: 'Transfer' })).toHaveAttribute('aria-disabled', 'true');
    expect(within(pane).getByRole('button', { name: 'Delete' })).toHaveAttribute('aria-disabled', 'true');
  });

  it('refuses to delete or change a public image, saying why', async () => {
    replyWith('images.list', async () => ok([ubuntuRow]));
    // Whichever answers first, the list's row or DigitalOcean's object, says it is public.
    replyWith('images.get', async () => ok({ id: ubuntuRow.id, name: ubuntuRow.name, type: 'base', distribution: 'Ubuntu', slug: ubuntuRow.slug, public: true, regions: ubuntuRow.regions } as never));
    const { pane } = await openPane(`/images?tab=distributions&image=${ubuntuRow.id}`, ubuntuRow.name);
    const remove = within(pane).getByRole('button', { name: 'Delete' });
    expect(remove).toHaveAttribute('aria-disabled', 'true');
    expect(remove).toHaveAccessibleDescription('Public images belong to DigitalOcean.');
    expect(within(pane).getByRole('button', { name: 'Rename' })).toHaveAttribute('aria-disabled', 'true');
    expect(bridge['images.actions']).not.toHaveBeenCalled();
  });

  it('opens the create form with the image and its first region', async () => {
    replyWith('images.list', async () => ok([ubuntuRow]));
    const { pane, user } = await openPane(`/images?tab=distributions&image=${ubuntuRow.id}`, ubuntuRow.name);
    await user.click(within(pane).getByRole('button', { name: 'Create droplet' }));
    const { result } = renderHook(() => useCreateDropletDialog());
    expect(result.current.open).toBe(true);
    expect(result.current.prefill).toEqual({ image: 'ubuntu-24-04-x64', region: 'nyc1' });
  });
});
