import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fail, ok } from '../../../shared/result';
import { bridge, replyWith } from '../../testing/fake-bridge';
import { sampleImageAction } from '../../testing/image-samples';
import { renderApp } from '../../testing/render-app';
import { setUpRendererTests } from '../../testing/renderer-test-setup';
import { backupRow, customRow, ownRows, regions, snapshotRow, trackedTransfer } from './image-test-rows';

vi.mock('../../bridge', () => import('../../testing/fake-bridge'));

setUpRendererTests();

beforeEach(() => {
  replyWith('images.list', async () => ok(ownRows));
  replyWith('catalog.regions', async () => ok(regions));
});

const openDialog = async (path: string, imageName: string, button: string) => {
  const rendered = renderApp(path);
  const pane = await screen.findByRole('complementary', { name: `Image ${imageName}` }, { timeout: 15_000 });
  await rendered.user.click(within(pane).getByRole('button', { name: button }));
  return { ...rendered, pane, dialog: await screen.findByRole('dialog') };
};

describe('Rename', () => {
  it('checks the name before sending, then sends only the new name', async () => {
    const { user, dialog } = await openDialog(`/images?tab=snapshots&image=${snapshotRow.id}`, snapshotRow.name, 'Rename');
    expect(within(dialog).queryByLabelText('Description')).not.toBeInTheDocument();
    const name = within(dialog).getByLabelText('Name');
    const save = within(dialog).getByRole('button', { name: 'Save' });
    expect(save).toHaveAttribute('aria-disabled', 'true');
    await user.clear(name);
    expect(name).toHaveAccessibleDescription('Give the image a name.');
    await user.click(save);
    expect(bridge['images.update']).not.toHaveBeenCalled();
    await user.type(name, 'web-golden');
    await user.click(save);
    await waitFor(() => expect(bridge['images.update']).toHaveBeenCalledWith({ id: snapshotRow.id, name: 'web-golden' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });

  it('changes a custom image’s description and distribution too', async () => {
    const { user, dialog } = await openDialog(`/images?tab=custom&image=${customRow.id}`, customRow.name, 'Rename');
    await user.clear(within(dialog).getByLabelText('Description'));
    await user.type(within(dialog).getByLabelText('Description'), 'Packer build 12');
    await user.selectOptions(within(dialog).getByLabelText('Distribution'), 'Debian');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() =>
      expect(bridge['images.update']).toHaveBeenCalledWith({ id: customRow.id, description: 'Packer build 12', distribution: 'Debian' }),
    );
  });

  it('shows DigitalOcean’s refusal with its request id, keeping what was typed', async () => {
    replyWith('images.update', async () => fail({ kind: 'validation', message: 'Name is too long for this image.', requestId: 'req-5' }));
    const { user, dialog } = await openDialog(`/images?tab=snapshots&image=${snapshotRow.id}`, snapshotRow.name, 'Rename');
    await user.clear(within(dialog).getByLabelText('Name'));
    await user.type(within(dialog).getByLabelText('Name'), 'kept-name');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('Name is too long for this image.');
    expect(alert).toHaveTextContent('Request ID req-5');
    expect(within(dialog).getByLabelText('Name')).toHaveValue('kept-name');
    expect(bridge['images.update']).toHaveBeenCalledTimes(1);
  });
});

describe('Delete', () => {
  it('asks first, then deletes and closes the pane', async () => {
    const { user, dialog } = await openDialog(`/images?tab=snapshots&image=${snapshotRow.id}`, snapshotRow.name, 'Delete');
    expect(dialog).toHaveTextContent('This is permanent');
    expect(bridge['images.delete']).not.toHaveBeenCalled();
    await user.click(within(dialog).getByRole('button', { name: 'Delete image' }));
    await waitFor(() => expect(bridge['images.delete']).toHaveBeenCalledWith({ id: snapshotRow.id }));
    await waitFor(() => expect(screen.queryByRole('complementary', { name: /^Image / })).not.toBeInTheDocument());
  });

  it.each([
    ['custom', `/images?tab=custom&image=${customRow.id}`, customRow.name, 'the custom image is removed'],
    ['snapshot', `/images?tab=snapshots&image=${snapshotRow.id}`, snapshotRow.name, 'the snapshot is removed'],
    ['backup', `/images?tab=backups&image=${backupRow.id}`, backupRow.name, 'the backup is removed'],
  ])('says which kind of image is removed when deleting a %s', async (_type, path, name, says) => {
    const { dialog } = await openDialog(path, name, 'Delete');
    expect(dialog).toHaveTextContent(`This is permanent: ${says} from every region that holds it.`);
  });
});

describe('Transfer', () => {
  it('lists every region, holding and unavailable ones disabled with why, and transfers to the one picked', async () => {
    replyWith('images.runAction', async () => {
      replyWith('actions.tracked', async () => ok([trackedTransfer]));
      return ok({ action: sampleImageAction, tracked: trackedTransfer });
    });
    const { user, dialog, pane } = await openDialog(`/images?tab=snapshots&image=${snapshotRow.id}`, snapshotRow.name, 'Transfer');
    const nyc3 = await within(dialog).findByRole('radio', { name: /New York 3/ });
    expect(nyc3).toBeDisabled();
    expect(nyc3.closest('label')).toHaveTextContent('Already holds the image');
    const sfo1 = within(dialog).getByRole('radio', { name: /San Francisco 1/ });
    expect(sfo1).toBeDisabled();
    expect(sfo1.closest('label')).toHaveTextContent('Not available');
    const transfer = within(dialog).getByRole('button', { name: 'Transfer' });
    expect(transfer).toHaveAttribute('aria-disabled', 'true');
    await user.click(within(dialog).getByRole('radio', { name: /Frankfurt 1/ }));
    await user.click(transfer);
    await waitFor(() => expect(bridge['images.runAction']).toHaveBeenCalledWith({ id: snapshotRow.id, action: { type: 'transfer', region: 'fra1' } }));
    expect(await within(pane).findByRole('progressbar', { name: 'Transfer' })).toBeInTheDocument();
  });
});

describe('Convert', () => {
  it('is offered on backups only, explains itself, and converts', async () => {
    const { user, dialog } = await openDialog(`/images?tab=backups&image=${backupRow.id}`, backupRow.name, 'Convert to snapshot');
    expect(dialog).toHaveTextContent('stays until you delete it');
    await user.click(within(dialog).getByRole('button', { name: 'Convert to snapshot' }));
    await waitFor(() => expect(bridge['images.runAction']).toHaveBeenCalledWith({ id: backupRow.id, action: { type: 'convert' } }));
  });

  it('is not offered on a snapshot', async () => {
    renderApp(`/images?image=${snapshotRow.id}`);
    const pane = await screen.findByRole('complementary', { name: `Image ${snapshotRow.name}` });
    expect(within(pane).queryByRole('button', { name: 'Convert to snapshot' })).not.toBeInTheDocument();
  });

  it('shows DigitalOcean’s refusal', async () => {
    replyWith('images.runAction', async () => fail({ kind: 'validation', message: 'Image already has a pending event.', requestId: 'req-7' }));
    const { user, dialog } = await openDialog(`/images?tab=backups&image=${backupRow.id}`, backupRow.name, 'Convert to snapshot');
    await user.click(within(dialog).getByRole('button', { name: 'Convert to snapshot' }));
    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('Image already has a pending event.');
    expect(alert).toHaveTextContent('req-7');
  });
});
