import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fail, ok } from '../../../shared/result';
import { bridge, replyWith } from '../../testing/fake-bridge';
import { renderApp } from '../../testing/render-app';
import { setUpRendererTests } from '../../testing/renderer-test-setup';
import { customRow, ownRows, regions } from './image-test-rows';
import { imageUrlHint, parseTags, tagsProblem } from './import-image-dialog';

vi.mock('../../bridge', () => import('../../testing/fake-bridge'));

setUpRendererTests();

beforeEach(() => {
  replyWith('images.list', async () => ok(ownRows));
  replyWith('catalog.regions', async () => ok(regions));
});

const openImport = async () => {
  const rendered = renderApp('/images?tab=custom');
  await screen.findByRole('grid', { name: 'Custom images' });
  await rendered.user.click(screen.getByRole('button', { name: 'Import an image' }));
  return { ...rendered, dialog: await screen.findByRole('dialog', { name: 'Import a custom image' }) };
};

describe('import form helpers', () => {
  it('says exactly which files the URL rule accepts', () => {
    expect(imageUrlHint).toBe('An http:// or https:// address of a raw, qcow2, vhdx, vdi, vmdk or .img disk image, optionally compressed as .gz or .bz2.');
  });

  it('reads tags separated by commas or spaces and checks each', () => {
    expect(parseTags('web, prod  env:prod,web')).toEqual(['web', 'prod', 'env:prod']);
    expect(tagsProblem(['ok', 'env:prod'])).toBeNull();
    expect(tagsProblem(['ok', 'bad!'])).toBe('“bad!”: Use only letters, digits, underscores, hyphens and colons.');
  });
});

describe('Import a custom image', () => {
  it('checks the URL as it is typed', async () => {
    const { user, dialog } = await openImport();
    const url = within(dialog).getByLabelText('Image URL');
    expect(url).toHaveAccessibleDescription(imageUrlHint);
    await user.click(url);
    await user.paste('ftp://example.com/disk.qcow2');
    expect(url).toHaveAccessibleDescription(expect.stringContaining('The address must start with https:// or http://.'));
    await user.clear(url);
    await user.paste('https://example.com/disk.iso');
    expect(url).toHaveAccessibleDescription(expect.stringContaining('The file must be a raw, qcow2, vhdx, vdi, vmdk (or .img) disk image'));
    await user.clear(url);
    await user.paste('https://example.com/disk.vmdk.b');
    expect(url).toHaveAttribute('aria-invalid', 'true');
    await user.type(url, 'z2');
    expect(url).not.toHaveAttribute('aria-invalid');
  });

  it('sends nothing until every field would be accepted', async () => {
    const { user, dialog } = await openImport();
    await user.click(within(dialog).getByRole('button', { name: 'Import image' }));
    await waitFor(() => expect(within(dialog).getByLabelText('Name')).toHaveAccessibleDescription('Give the image a name.'));
    expect(within(dialog).getByLabelText('Image URL')).toHaveAccessibleDescription(expect.stringContaining('Enter the address of the disk image.'));
    expect(within(dialog).getByLabelText('Region')).toHaveAccessibleDescription(expect.stringContaining('Choose the region the image is imported into.'));
    expect(within(dialog).getByRole('button', { name: 'Import image' })).toHaveAttribute('aria-disabled', 'true');
    await user.type(within(dialog).getByLabelText('Tags (optional)'), 'bad!');
    expect(within(dialog).getByLabelText('Tags (optional)')).toHaveAccessibleDescription(expect.stringContaining('“bad!”'));
    expect(bridge['images.importCustom']).not.toHaveBeenCalled();
  });

  it('offers only regions that take new resources', async () => {
    const { dialog } = await openImport();
    const region = within(dialog).getByLabelText('Region');
    await waitFor(() => expect(within(region).getByRole('option', { name: 'Frankfurt 1 (fra1)' })).toBeInTheDocument());
    expect(within(region).queryByRole('option', { name: /San Francisco 1/ })).not.toBeInTheDocument();
  });

  it('imports, then shows the new image in Custom images with its details open', async () => {
    const imported = { ...customRow, id: 7300, name: 'alpine-3.20', status: 'NEW' as const, regions: [], sizeGigabytes: null, tags: ['base'] };
    replyWith('images.importCustom', async () => {
      replyWith('images.list', async () => ok([...ownRows, imported]));
      return ok(imported);
    });
    const { user, dialog } = await openImport();
    await user.type(within(dialog).getByLabelText('Name'), 'alpine-3.20');
    await user.click(within(dialog).getByLabelText('Image URL'));
    await user.paste('https://example.com/alpine.qcow2.gz');
    await waitFor(() => expect(within(within(dialog).getByLabelText('Region')).getByRole('option', { name: 'Frankfurt 1 (fra1)' })).toBeInTheDocument());
    await user.selectOptions(within(dialog).getByLabelText('Region'), 'fra1');
    await user.selectOptions(within(dialog).getByLabelText('Distribution (optional)'), 'Unknown');
    await user.type(within(dialog).getByLabelText('Description (optional)'), 'Tiny base');
    await user.type(within(dialog).getByLabelText('Tags (optional)'), 'base');
    await user.click(within(dialog).getByRole('button', { name: 'Import image' }));
    await waitFor(() =>
      expect(bridge['images.importCustom']).toHaveBeenCalledWith({
        name: 'alpine-3.20',
        url: 'https://example.com/alpine.qcow2.gz',
        region: 'fra1',
        distribution: 'Unknown',
        description: 'Tiny base',
        tags: ['base'],
      }),
    );
    const pane = await screen.findByRole('complementary', { name: 'Image alpine-3.20' });
    expect(pane).toHaveTextContent('Importing');
    expect(screen.getByRole('tab', { name: 'Custom images' })).toHaveAttribute('aria-selected', 'true');
  });

  it('shows DigitalOcean’s refusal with its request id and keeps the form', async () => {
    replyWith('images.importCustom', async () => fail({ kind: 'validation', message: 'You specified an invalid region: "fra1".', requestId: 'req-3' }));
    const { user, dialog } = await openImport();
    await user.type(within(dialog).getByLabelText('Name'), 'alpine');
    await user.click(within(dialog).getByLabelText('Image URL'));
    await user.paste('https://example.com/alpine.raw');
    await waitFor(() => expect(within(within(dialog).getByLabelText('Region')).getByRole('option', { name: 'Frankfurt 1 (fra1)' })).toBeInTheDocument());
    await user.selectOptions(within(dialog).getByLabelText('Region'), 'fra1');
    await user.click(within(dialog).getByRole('button', { name: 'Import image' }));
    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('You specified an invalid region');
    expect(alert).toHaveTextContent('Request ID req-3');
    expect(within(dialog).getByLabelText('Name')).toHaveValue('alpine');
    expect(within(dialog).getByLabelText('Image URL')).toHaveValue('https://example.com/alpine.raw');
  });
});
