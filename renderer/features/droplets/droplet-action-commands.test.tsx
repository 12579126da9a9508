import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ImageRow } from '../../../shared/image-types';
import { ok } from '../../../shared/result';
import { replyWith } from '../../testing/fake-bridge';
import { sampleDroplet, sampleDropletRow } from '../../testing/droplet-samples';
import { sampleImageRow } from '../../testing/image-samples';
import { setUpRendererTests } from '../../testing/renderer-test-setup';
import { openAction, openPane, slow } from './droplet-action-test-helpers';

vi.mock('../../bridge', () => import('../../testing/fake-bridge'));

setUpRendererTests();

beforeEach(() => {
  replyWith('droplets.list', () => ok([sampleDropletRow]));
  replyWith('droplets.get', () => ok(sampleDroplet));
});

const doctl = 'DIGITALOCEAN_ACCESS_TOKEN="$DIGITALOCEAN_TOKEN" doctl';

/** Opens the dialog's "Show as command". */
const showCommand = async (user: { click: (element: Element) => Promise<void> }, dialog: HTMLElement) =>
  user.click(within(dialog).getByRole('button', { name: 'Show as command' }));

/** The text of one of the disclosure's blocks: `doctl` or `API request`. */
const shown = (dialog: HTMLElement, block: 'doctl' | 'API request'): string | null | undefined =>
  within(dialog).getByRole('region', { name: block }).querySelector('code')?.textContent;

describe('Show as command in the droplet forms', () => {
  it('rename: follows the new name as it is typed, quoted for the shell', async () => {
    const { user, pane } = await openPane();
    const dialog = await openAction(user, pane, 'Rename…', 'Rename web-prod-01');
    await showCommand(user, dialog);
    expect(shown(dialog, 'doctl')).toBe(`${doctl} compute droplet-action rename 3001 --droplet-name web-prod-01`);
    const field = within(dialog).getByRole('textbox', { name: 'New name' });
    await user.clear(field);
    await user.type(field, 'web-02');
    expect(shown(dialog, 'doctl')).toBe(`${doctl} compute droplet-action rename 3001 --droplet-name web-02`);
    expect(shown(dialog, 'API request')).toContain(`"https://api.digitalocean.com/v2/droplets/3001/actions"`);
    expect(shown(dialog, 'API request')).toContain(`-d '{"type":"rename","name":"web-02"}'`);
  }, slow);

  it('snapshot: waits for a name, then quotes one with a quote and spaces', async () => {
    const { user, pane } = await openPane();
    const dialog = await openAction(user, pane, 'Take snapshot…', 'Take a snapshot of web-prod-01');
    await showCommand(user, dialog);
    const field = within(dialog).getByRole('textbox', { name: 'Snapshot name' });
    await user.clear(field);
    expect(within(dialog).getByText('Enter a snapshot name to see the command.')).toBeInTheDocument();
    await user.type(field, "Bob's copy");
    expect(shown(dialog, 'doctl')).toBe(`${doctl} compute droplet-action snapshot 3001 --snapshot-name 'Bob'\\''s copy'`);
  }, slow);

  it('a confirmation: the plain action', async () => {
    const { user, pane } = await openPane();
    const dialog = await openAction(user, pane, 'Reset root password', /Reset the root password of web-prod-01/);
    await showCommand(user, dialog);
    expect(shown(dialog, 'doctl')).toBe(`${doctl} compute droplet-action password-reset 3001`);
    expect(shown(dialog, 'API request')).toContain(`-d '{"type":"password_reset"}'`);
  }, slow);

  it('backups: the policy as doctl’s three flags', async () => {
    replyWith('droplets.get', () => ok({ ...sampleDroplet, features: ['ipv6'] }));
    replyWith('droplets.list', () => ok([{ ...sampleDropletRow, backupsEnabled: false }]));
    const { user, pane } = await openPane();
    const dialog = await openAction(user, pane, 'Enable backups…', 'Enable backups for web-prod-01');
    await showCommand(user, dialog);
    expect(shown(dialog, 'doctl')).toBe(`${doctl} compute droplet-action enable-backups 3001 --backup-policy-plan daily`);
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'How often' }), 'weekly');
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Day of the week' }), 'WED');
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Backup window' }), '20:00–00:00 UTC');
    expect(shown(dialog, 'doctl')).toBe(
      `${doctl} compute droplet-action enable-backups 3001 --backup-policy-plan weekly --backup-policy-weekday WED --backup-policy-hour 20`,
    );
  }, slow);

  it('kernel: waits for a choice, then the kernel id', async () => {
    const kernel = { id: 9, name: 'Ubuntu 24.04 x64 vmlinuz-6.8.0', version: '6.8.0' };
    replyWith('droplets.get', () => ok({ ...sampleDroplet, kernel }));
    replyWith('droplets.kernels', () => ok([kernel, { id: 10, name: 'Ubuntu 24.04 x64 vmlinuz-6.8.1', version: '6.8.1' }]));
    const { user, pane } = await openPane();
    const dialog = await openAction(user, pane, 'Change kernel…', 'Change the kernel of web-prod-01');
    await showCommand(user, dialog);
    expect(within(dialog).getByText('Choose a kernel to see the command.')).toBeInTheDocument();
    const choice = within(dialog).getByRole('combobox', { name: 'Kernel' });
    await waitFor(() => expect(within(choice).getAllByRole('option')).toHaveLength(3));
    await user.selectOptions(choice, '10');
    expect(shown(dialog, 'doctl')).toBe(`${doctl} compute droplet-action change-kernel 3001 --kernel-id 10`);
  }, slow);

  it('rebuild: a public image by its slug', async () => {
    const distribution: ImageRow = { ...sampleImageRow, id: 101, name: '24.04 (LTS) x64', type: 'base', slug: 'ubuntu-24-04-x64', public: true, minDiskSize: 15, regions: [] };
    replyWith('images.list', () => ok([distribution]));
    const { user, pane } = await openPane();
    const dialog = await openAction(user, pane, 'Rebuild…', 'Rebuild web-prod-01');
    await showCommand(user, dialog);
    const image = within(dialog).getByRole('combobox', { name: 'Image' });
    await waitFor(() => expect(within(image).getAllByRole('option')).toHaveLength(2));
    await user.selectOptions(image, '101');
    expect(shown(dialog, 'doctl')).toBe(`${doctl} compute droplet-action rebuild 3001 --image ubuntu-24-04-x64`);
  }, slow);

  it('restore: the backup’s image id', async () => {
    replyWith('droplets.get', () => ok({ ...sampleDroplet, backup_ids: [8001] }));
    replyWith('droplets.backups', () => ok([{ id: 8001, name: 'web-prod-01 backup', type: 'backup', created_at: '2026-11-20T04:00:00Z', regions: ['nyc3'], min_disk_size: 80, size_gigabytes: 3 }]));
    const { user, pane } = await openPane();
    const dialog = await openAction(user, pane, 'Restore from backup…', 'Restore web-prod-01 from a backup');
    await showCommand(user, dialog);
    const backup = within(dialog).getByRole('combobox', { name: 'Backup' });
    await waitFor(() => expect(within(backup).getAllByRole('option')).toHaveLength(2));
    await user.selectOptions(backup, '8001');
    expect(shown(dialog, 'doctl')).toBe(`${doctl} compute droplet-action restore 3001 --image-id 8001`);
    expect(screen.queryByText(/dop_v1_/)).not.toBeInTheDocument();
  }, slow);
});
