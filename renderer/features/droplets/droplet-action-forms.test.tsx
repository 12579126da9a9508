import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ImageRow } from '../../../shared/image-types';
import { fail, ok } from '../../../shared/result';
import { bridge, replyWith } from '../../testing/fake-bridge';
import { sampleDroplet, sampleDropletRow, sampleStartedAction } from '../../testing/droplet-samples';
import { sampleImageRow } from '../../testing/image-samples';
import { setUpRendererTests } from '../../testing/renderer-test-setup';
import { openAction, openMenu, openPane, slow } from './droplet-action-test-helpers';

vi.mock('../../bridge', () => import('../../testing/fake-bridge'));

setUpRendererTests();

beforeEach(() => {
  replyWith('droplets.list', () => ok([sampleDropletRow]));
  replyWith('droplets.get', () => ok(sampleDroplet));
});

const distribution: ImageRow = { ...sampleImageRow, id: 101, name: '24.04 (LTS) x64', type: 'base', slug: 'ubuntu-24-04-x64', public: true, minDiskSize: 15, regions: [] };
const tooBig: ImageRow = { ...distribution, id: 102, name: 'Huge', slug: 'huge-x64', minDiskSize: 200 };
const otherRegion: ImageRow = { ...sampleImageRow, id: 7002, name: 'elsewhere', regions: ['fra1'] };

describe('rebuild', () => {
  it('warns the disk is wiped, needs the name typed, and sends a public image by slug', async () => {
    replyWith('images.list', () => ok([distribution, tooBig]));
    const { user, pane } = await openPane();
    const dialog = await openAction(user, pane, 'Rebuild…', 'Rebuild web-prod-01');
    expect(dialog).toHaveTextContent('Rebuilding wipes the droplet’s disk');
    const image = within(dialog).getByRole('combobox', { name: 'Image' });
    await waitFor(() => expect(within(image).getAllByRole('option')).toHaveLength(2));
    expect(bridge['images.list']).toHaveBeenCalledWith({ type: 'distribution', stream: expect.any(String) });
    await user.selectOptions(image, '101');
    const rebuild = within(dialog).getByRole('button', { name: 'Rebuild droplet' });
    expect(rebuild).toHaveAccessibleDescription('Type web-prod-01 to confirm.');
    await user.type(within(dialog).getByRole('textbox', { name: 'Type web-prod-01 to confirm' }), 'web-prod-0');
    await user.click(rebuild);
    expect(bridge['droplets.runAction']).not.toHaveBeenCalled();
    await user.type(within(dialog).getByRole('textbox', { name: 'Type web-prod-01 to confirm' }), '1');
    await user.click(rebuild);
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(bridge['droplets.runAction']).toHaveBeenCalledWith({ id: sampleDroplet.id, action: { type: 'rebuild', image: 'ubuntu-24-04-x64' } });
  }, slow);

  it('offers the account’s snapshots stored in the droplet’s region, by id, and keeps the form on a refusal', async () => {
    replyWith('images.list', () => ok([sampleImageRow, otherRegion]));
    replyWith('droplets.runAction', () => fail({ kind: 'validation', status: 422, message: 'Image 7001 needs a disk of at least 80 GB.', requestId: 'r-3' }));
    const { user, pane } = await openPane();
    const dialog = await openAction(user, pane, 'Rebuild…', 'Rebuild web-prod-01');
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Kind of image' }), 'snapshot');
    const image = within(dialog).getByRole('combobox', { name: 'Image' });
    await waitFor(() => expect(within(image).getAllByRole('option')).toHaveLength(2));
    expect(bridge['images.list']).toHaveBeenLastCalledWith({ private: true, stream: expect.any(String) });
    await user.selectOptions(image, '7001');
    const typed = within(dialog).getByRole('textbox', { name: 'Type web-prod-01 to confirm' });
    await user.type(typed, 'web-prod-01{Enter}');
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('Image 7001 needs a disk of at least 80 GB.');
    expect(bridge['droplets.runAction']).toHaveBeenCalledWith({ id: sampleDroplet.id, action: { type: 'rebuild', image: 7001 } });
    expect(image).toHaveValue('7001');
    expect(typed).toHaveValue('web-prod-01');
  }, slow);
});

describe('restore', () => {
  it('is unavailable, saying why, when DigitalOcean lists no backups', async () => {
    const { user, pane } = await openPane();
    const menu = await openMenu(user, pane);
    await waitFor(() => expect(within(menu).getByRole('menuitem', { name: 'Restore from backup…' })).toHaveAccessibleDescription('The droplet has no backups to restore.'));
  }, slow);

  it('warns the current data is replaced, needs the name typed exactly as a rebuild does, and sends the chosen backup', async () => {
    replyWith('droplets.get', () => ok({ ...sampleDroplet, backup_ids: [8001] }));
    replyWith('droplets.backups', () => ok([{ id: 8001, name: 'web-prod-01 backup', type: 'backup', created_at: '2026-11-20T04:00:00Z', regions: ['nyc3'], min_disk_size: 80, size_gigabytes: 3 }]));
    const { user, pane } = await openPane();
    const dialog = await openAction(user, pane, 'Restore from backup…', 'Restore web-prod-01 from a backup');
    expect(dialog).toHaveTextContent('is replaced by the backup’s copy');
    const restore = within(dialog).getByRole('button', { name: 'Restore backup' });
    const backup = within(dialog).getByRole('combobox', { name: 'Backup' });
    await waitFor(() => expect(within(backup).getAllByRole('option')).toHaveLength(2));
    expect(restore).toHaveAccessibleDescription('Choose a backup.');
    await user.selectOptions(backup, '8001');
    expect(restore).toHaveAccessibleDescription('Type web-prod-01 to confirm.');
    const typed = within(dialog).getByRole('textbox', { name: 'Type web-prod-01 to confirm' });
    await user.type(typed, 'Web-prod-01');
    await user.click(restore);
    expect(bridge['droplets.runAction']).not.toHaveBeenCalled();
    await user.clear(typed);
    await user.type(typed, 'web-prod-01');
    await user.click(restore);
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(bridge['droplets.runAction']).toHaveBeenCalledWith({ id: sampleDroplet.id, action: { type: 'restore', image: 8001 } });
  }, slow);
});

describe('backups', () => {
  const withoutBackups = { ...sampleDroplet, features: ['ipv6'] };

  it('enables weekly backups on a chosen day and window, explaining the window is UTC', async () => {
    replyWith('droplets.get', () => ok(withoutBackups));
    replyWith('droplets.list', () => ok([{ ...sampleDropletRow, backupsEnabled: false }]));
    const { user, pane } = await openPane();
    const dialog = await openAction(user, pane, 'Enable backups…', 'Enable backups for web-prod-01');
    expect(dialog).toHaveTextContent('4-hour window in UTC');
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'How often' }), 'weekly');
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Day of the week' }), 'WED');
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Backup window' }), '20:00–00:00 UTC');
    await user.click(within(dialog).getByRole('button', { name: 'Enable backups' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(bridge['droplets.runAction']).toHaveBeenCalledWith({
      id: sampleDroplet.id,
      action: { type: 'enable_backups', backup_policy: { plan: 'weekly', weekday: 'WED', hour: 20 } },
    });
  }, slow);

  it('changes the policy from the current one, and only when backups are on', async () => {
    replyWith('droplets.backupPolicy', () => ok({ droplet_id: sampleDroplet.id, backup_enabled: true, backup_policy: { plan: 'weekly', weekday: 'MON', hour: 8 } }));
    replyWith('droplets.runAction', () => fail({ kind: 'validation', status: 422, message: 'backup_policy is invalid.', requestId: 'r-4' }));
    const { user, pane } = await openPane();
    const dialog = await openAction(user, pane, 'Change backup policy…', 'Change when web-prod-01 is backed up');
    const plan = await within(dialog).findByRole('combobox', { name: 'How often' });
    expect(plan).toHaveValue('weekly');
    expect(within(dialog).getByRole('combobox', { name: 'Day of the week' })).toHaveValue('MON');
    expect(within(dialog).getByRole('combobox', { name: 'Backup window' })).toHaveValue('8');
    const change = within(dialog).getByRole('button', { name: 'Change policy' });
    expect(change).toHaveAccessibleDescription('That is already its backup policy.');
    await user.selectOptions(plan, 'daily');
    await user.click(change);
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('backup_policy is invalid.');
    expect(bridge['droplets.runAction']).toHaveBeenCalledWith({ id: sampleDroplet.id, action: { type: 'change_backup_policy', backup_policy: { plan: 'daily', hour: 8 } } });
    expect(plan).toHaveValue('daily');
  }, slow);

  it('offers no policy change while backups are off', async () => {
    replyWith('droplets.get', () => ok(withoutBackups));
    const { user, pane } = await openPane();
    const menu = await openMenu(user, pane);
    await waitFor(() => expect(within(menu).getByRole('menuitem', { name: 'Change backup policy…' })).toHaveAccessibleDescription(/Backups are off/));
  }, slow);
});

describe('kernel and private networking', () => {
  it('says why kernel and private networking are unavailable on a droplet that manages its kernel and has a private address', async () => {
    const { user, pane } = await openPane();
    const menu = await openMenu(user, pane);
    await waitFor(() => expect(within(menu).getByRole('menuitem', { name: 'Change kernel…' })).toHaveAccessibleDescription(/manages its kernel itself/));
    expect(within(menu).getByRole('menuitem', { name: 'Enable private networking' })).toHaveAccessibleDescription('Private networking is already on.');
  }, slow);

  const kernel = { id: 9, name: 'Ubuntu 24.04 x64 vmlinuz-6.8.0', version: '6.8.0' };

  it('explains an empty kernel list and offers nothing to send', async () => {
    replyWith('droplets.get', () => ok({ ...sampleDroplet, kernel }));
    const { user, pane } = await openPane();
    const dialog = await openAction(user, pane, 'Change kernel…', 'Change the kernel of web-prod-01');
    expect(await within(dialog).findByText(/DigitalOcean lists no kernels for this droplet/)).toBeInTheDocument();
    const change = within(dialog).getByRole('button', { name: 'Change kernel' });
    expect(change).toHaveAccessibleDescription(/offers no kernel to switch to/);
    await user.click(change);
    expect(bridge['droplets.runAction']).not.toHaveBeenCalled();
  }, slow);

  it('changes to another listed kernel', async () => {
    replyWith('droplets.get', () => ok({ ...sampleDroplet, kernel }));
    replyWith('droplets.kernels', () => ok([kernel, { id: 10, name: 'Ubuntu 24.04 x64 vmlinuz-6.8.1', version: '6.8.1' }]));
    const { user, pane } = await openPane();
    const dialog = await openAction(user, pane, 'Change kernel…', 'Change the kernel of web-prod-01');
    const select = await within(dialog).findByRole('combobox', { name: 'Kernel' });
    await waitFor(() => expect(within(select).getAllByRole('option')).toHaveLength(3));
    await user.selectOptions(select, '9');
    expect(within(dialog).getByRole('button', { name: 'Change kernel' })).toHaveAccessibleDescription('That is already its kernel.');
    await user.selectOptions(select, '10');
    await user.click(within(dialog).getByRole('button', { name: 'Change kernel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(bridge['droplets.runAction']).toHaveBeenCalledWith({ id: sampleDroplet.id, action: { type: 'change_kernel', kernel: 10 } });
  }, slow);

  it('explains that VPC regions already have private networking before enabling it', async () => {
    const noPrivate = {
      ...sampleDroplet,
      networks: { v4: sampleDroplet.networks.v4?.filter((network) => network.type === 'public') },
      region: { ...sampleDroplet.region, features: ['private_networking'] },
    };
    replyWith('droplets.get', () => ok(noPrivate));
    replyWith('droplets.list', () => ok([{ ...sampleDropletRow, privateIpv4: null }]));
    const { user, pane } = await openPane();
    const dialog = await openAction(user, pane, 'Enable private networking', 'Enable private networking for web-prod-01?');
    expect(dialog).toHaveTextContent('already have a private address through their VPC');
    await user.click(within(dialog).getByRole('button', { name: 'Enable private networking' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(bridge['droplets.runAction']).toHaveBeenCalledWith({ id: sampleDroplet.id, action: { type: 'enable_private_networking' } });
  }, slow);
});

describe('the pane’s progress bar', () => {
  it('shows the running action in the pane’s header', async () => {
    replyWith('actions.tracked', () => ok([sampleStartedAction.tracked!]));
    const { pane } = await openPane();
    expect(await within(pane).findByRole('progressbar', { name: 'Power off' })).toBeInTheDocument();
    expect(pane).toHaveTextContent(/elapsed · less than a minute left \(estimate\)/);
  }, slow);
});
