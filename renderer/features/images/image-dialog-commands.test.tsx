import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ok } from '../../../shared/result';
import { replyWith } from '../../testing/fake-bridge';
import { renderApp } from '../../testing/render-app';
import { setUpRendererTests } from '../../testing/renderer-test-setup';
import { backupRow, customRow, ownRows, regions, snapshotRow } from './image-test-rows';

vi.mock('../../bridge', () => import('../../testing/fake-bridge'));

setUpRendererTests();

beforeEach(() => {
  replyWith('images.list', async () => ok(ownRows));
  replyWith('catalog.regions', async () => ok(regions));
});

const doctl = 'DIGITALOCEAN_ACCESS_TOKEN="$DIGITALOCEAN_TOKEN" doctl';

/** Opens the pane's dialog and its "Show as command". */
const openCommand = async (path: string, imageName: string, button: string) => {
  const { user } = renderApp(path);
  const pane = await screen.findByRole('complementary', { name: `Image ${imageName}` }, { timeout: 15_000 });
  await user.click(within(pane).getByRole('button', { name: button }));
  const dialog = await screen.findByRole('dialog');
  await user.click(within(dialog).getByRole('button', { name: 'Show as command' }));
  return { user, dialog };
};

const shown = (dialog: HTMLElement, block: 'doctl' | 'API request'): string | null | undefined =>
  within(dialog).getByRole('region', { name: block }).querySelector('code')?.textContent;

describe('Show as command in the image dialogs', () => {
  it('rename: waits for a change, then follows the name as it is typed', async () => {
    const { user, dialog } = await openCommand(`/images?tab=snapshots&image=${snapshotRow.id}`, snapshotRow.name, 'Rename');
    expect(within(dialog).getByText('Change something to see the command.')).toBeInTheDocument();
    const name = within(dialog).getByLabelText('Name');
    await user.clear(name);
    await user.type(name, "web golden's");
    expect(shown(dialog, 'doctl')).toBe(`${doctl} compute image update ${snapshotRow.id} --image-name 'web golden'\\''s'`);
    expect(shown(dialog, 'API request')).toContain(`curl -X PUT "https://api.digitalocean.com/v2/images/${snapshotRow.id}"`);
  });

  it('rename of a custom image’s description: doctl cannot, so only the API request', async () => {
    const { user, dialog } = await openCommand(`/images?tab=custom&image=${customRow.id}`, customRow.name, 'Rename');
    await user.clear(within(dialog).getByLabelText('Description'));
    await user.type(within(dialog).getByLabelText('Description'), 'Packer build 12');
    expect(within(dialog).getByText('doctl compute image update cannot set the description; the API request:')).toBeInTheDocument();
    expect(within(dialog).queryByRole('region', { name: 'doctl' })).not.toBeInTheDocument();
    expect(shown(dialog, 'API request')).toContain(`-d '{"description":"Packer build 12"}'`);
  });

  it('transfer: waits for a region, then the region flag', async () => {
    const { user, dialog } = await openCommand(`/images?tab=snapshots&image=${snapshotRow.id}`, snapshotRow.name, 'Transfer');
    expect(within(dialog).getByText('Choose a region to see the command.')).toBeInTheDocument();
    await user.click(await within(dialog).findByRole('radio', { name: /Frankfurt 1/ }));
    expect(shown(dialog, 'doctl')).toBe(`${doctl} compute image-action transfer ${snapshotRow.id} --region fra1`);
  });

  it('convert: doctl has no command for it', async () => {
    const { dialog } = await openCommand(`/images?tab=backups&image=${backupRow.id}`, backupRow.name, 'Convert to snapshot');
    expect(within(dialog).getByText('doctl has no command for this; the API request:')).toBeInTheDocument();
    expect(shown(dialog, 'API request')).toContain(`-d '{"type":"convert"}'`);
  });

  it('delete: the image delete, and a DELETE without a body', async () => {
    const { dialog } = await openCommand(`/images?tab=snapshots&image=${snapshotRow.id}`, snapshotRow.name, 'Delete');
    expect(shown(dialog, 'doctl')).toBe(`${doctl} compute image delete ${snapshotRow.id}`);
    expect(shown(dialog, 'API request')).toBe(`curl -X DELETE "https://api.digitalocean.com/v2/images/${snapshotRow.id}" \\\n  -H "Authorization: Bearer $DIGITALOCEAN_TOKEN"`);
  });
});
