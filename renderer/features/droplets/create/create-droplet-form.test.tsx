import { act, renderHook, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi, type Mock } from 'vitest';
import type { RequestOf } from '../../../../shared/contract';
import type { Region, Size, SshKey } from '../../../../shared/do-types';
import type { DropletRow } from '../../../../shared/droplet-types';
import type { ImageRow } from '../../../../shared/image-types';
import { fail, ok, type Result } from '../../../../shared/result';
import { maxDropletsPerCreate as sharedMaxDroplets, maxUserDataBytes as sharedMaxUserData } from '../../../../shared/requests/droplet-create';
import { useCreateDropletActions, type CreateDropletPrefill } from '../../../stores/create-droplet-store';
import { bridge, replyWith } from '../../../testing/fake-bridge';
import { sampleDropletRow, sampleStartedAction } from '../../../testing/droplet-samples';
import { sampleImageRow } from '../../../testing/image-samples';
import { renderApp } from '../../../testing/render-app';
import { setUpRendererTests } from '../../../testing/renderer-test-setup';
import { maxDropletsPerCreate, maxUserDataBytes } from './create-form-rules';

vi.mock('../../../bridge', () => import('../../../testing/fake-bridge'));

const region = (slug: string, name: string, available = true): Region => ({ slug, name, available, features: [], sizes: [] });
const size = (slug: string, disk: number, price: number, regions: string[]): Size => ({
  slug, memory: 1024, vcpus: 1, disk, transfer: 1, price_monthly: price, price_hourly: price / 730, regions, available: true, description: 'Basic',
});
const ubuntu: ImageRow = { ...sampleImageRow, id: 101, name: '24.04 (LTS) x64', type: 'base', slug: 'ubuntu-24-04-x64', public: true, regions: ['nyc3', 'fra1'], minDiskSize: 15 };
const docker: ImageRow = { ...ubuntu, id: 102, name: 'Docker on Ubuntu', slug: 'docker-20-04' };
const keys: SshKey[] = [
  { id: 41520338, name: 'laptop', fingerprint: '6a:ee:d4:11:b6:69:85:f6:a7:f6:2e:79:bb:fc:e1:15', public_key: 'ssh-ed25519 AAAA laptop' },
  { id: 41520360, name: 'ci-deploy', fingerprint: 'e7:7e:6b:d5:63:6b:86:d6:d3:7a:c1:cc:0d:12:03:07', public_key: 'ssh-rsa AAAA ci' },
];
const created = (id: number, name: string): DropletRow => ({ ...sampleDropletRow, id, name, status: 'new', tags: [], features: [] });

type ImageList = Mock<(request: RequestOf<'images.list'>) => Promise<Result<ImageRow[]>>>;

/** A whole app with a form is typed into: slow on a shared test machine, never waiting on a clock. */
const formTimeoutMs = 20_000;

setUpRendererTests();

beforeEach(() => {
  replyWith('droplets.list', () => ok([sampleDropletRow]));
  replyWith('catalog.regions', () => ok([region('nyc3', 'New York 3'), region('fra1', 'Frankfurt 1'), region('sfo1', 'San Francisco 1', false)]));
  replyWith('catalog.sizes', () => ok([size('s-1vcpu-1gb', 25, 6, ['nyc3', 'fra1']), size('s-2vcpu-4gb', 80, 24, ['nyc3']), size('c-2', 25, 42, ['fra1'])]));
  replyWith('sshKeys.list', () => ok(keys));
  (bridge['images.list'] as unknown as ImageList).mockImplementation(async (request) =>
    ok(request.type === 'distribution' ? [ubuntu] : request.type === 'application' ? [docker] : [sampleImageRow]),
  );
});

afterEach(() => {
  const { result, unmount } = renderHook(() => useCreateDropletActions());
  act(() => result.current.close());
  unmount();
});

const openForm = async (prefill?: CreateDropletPrefill) => {
  const rendered = renderApp('/droplets');
  await screen.findByRole('grid', { name: 'Droplets' });
  if (prefill) {
    const { result, unmount } = renderHook(() => useCreateDropletActions());
    act(() => result.current.open(prefill));
    unmount();
  } else {
    await rendered.user.click(screen.getByRole('button', { name: 'Create droplet' }));
  }
  const dialog = await screen.findByRole('dialog', { name: 'Create droplets' });
  await within(dialog).findByRole('option', { name: 'Ubuntu 24.04 (LTS) x64' });
  return { ...rendered, dialog };
};

/** Puts text in a field as one input event: typing long values key by key is slow in jsdom. */
const enter = async (user: ReturnType<typeof renderApp>['user'], field: HTMLElement, text: string) => {
  await user.click(field);
  await user.paste(text);
};

const submitButton = (dialog: HTMLElement) => within(dialog).getByRole('button', { name: /^Create (droplet|\d+ droplets)$/ });

const fillValid = async (user: ReturnType<typeof renderApp>['user'], dialog: HTMLElement, names = 'web-03') => {
  await enter(user, within(dialog).getByLabelText('Names'), names);
  await user.selectOptions(within(dialog).getByLabelText('Image'), 'Ubuntu 24.04 (LTS) x64');
  await user.selectOptions(within(dialog).getByLabelText('Region'), 'Frankfurt 1 (fra1)');
  await user.selectOptions(within(dialog).getByLabelText('Size'), within(dialog).getByRole('option', { name: /^s-1vcpu-1gb/ }));
};

describe('the create form: checks before anything is sent', { timeout: formTimeoutMs }, () => {
  it(
    'adds an SSH key without leaving the form, and comes back with it chosen and everything typed kept',
    async () => {
      const newKey = 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIA7GpCMKrdA1uZwmW7kzd5Mf62fFdNH+ew8kKnXvhjAe sam@workstation';
      const fingerprint = 'aa:bb:cc:dd:ee:ff:00:11:22:33:44:55:66:77:88:99';
      replyWith('sshKeys.inspect', () => ok({ type: 'ssh-ed25519', fingerprint, comment: 'sam@workstation' }));
      replyWith('sshKeys.add', ({ name, publicKey }) => ok({ id: 41520400, name, public_key: publicKey, fingerprint }));
      const { user, dialog } = await openForm();
      await enter(user, within(dialog).getByLabelText('Names'), 'web-05');
      await user.click(within(dialog).getByRole('button', { name: 'Add a key…' }));
      const adding = await screen.findByRole('dialog', { name: 'Add an SSH key' });
      await enter(user, within(adding).getByRole('textbox', { name: 'Public key' }), newKey);
      await within(adding).findByText(/fingerprint/);
      await user.click(within(adding).getByRole('button', { name: 'Add key' }));
      await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Add an SSH key' })).toBeNull());
      expect(await within(dialog).findByRole('checkbox', { name: /sam@workstation/ })).toBeChecked();
      expect(within(dialog).getByLabelText('Names')).toHaveValue('web-05');
      expect(bridge['droplets.create']).not.toHaveBeenCalled();
    },
    formTimeoutMs,
  );

  it('uses the same limits as the request schema', () => {
    expect(maxDropletsPerCreate).toBe(sharedMaxDroplets);
    expect(maxUserDataBytes).toBe(sharedMaxUserData);
  });

  it('flags a bad name and a repeated one as they are typed, and says why Create cannot work', async () => {
    const { user, dialog } = await openForm();
    expect(submitButton(dialog)).toHaveAccessibleDescription('Enter a name for the droplet.');
    const names = within(dialog).getByLabelText('Names');
    await enter(user, names, 'web_01, web-02');
    await user.type(names, '{Enter}WEB-02');
    expect(names).toHaveAttribute('aria-invalid', 'true');
    expect(within(dialog).getByText(/web_01: Use only letters/)).toBeInTheDocument();
    expect(within(dialog).getByText(/WEB-02: This name is already in the list/)).toBeInTheDocument();
    expect(submitButton(dialog)).toHaveAttribute('aria-disabled', 'true');
    expect(submitButton(dialog)).toHaveAccessibleDescription(/Fix the name “web_01”/);
    await user.click(submitButton(dialog));
    expect(bridge['droplets.create']).not.toHaveBeenCalled();
  });

  it('holds names to RFC 1123 hostnames: no hyphen at either end of a label, labels of at most 63', async () => {
    const { user, dialog } = await openForm();
    await enter(user, within(dialog).getByLabelText('Names'), `-leading-dash, api.${'x'.repeat(70)}`);
    expect(within(dialog).getByText(/-leading-dash: Start the name with a letter or a digit/)).toBeInTheDocument();
    expect(within(dialog).getByText(/each part between dots to at most 63 characters/)).toBeInTheDocument();
    expect(submitButton(dialog)).toHaveAttribute('aria-disabled', 'true');
  });

  it('refuses more than ten names', async () => {
    const { user, dialog } = await openForm();
    await enter(user, within(dialog).getByLabelText('Names'), Array.from({ length: 11 }, (_, index) => `node-${index}`).join(','));
    expect(within(dialog).getByText('Create at most 10 droplets at once: this lists 11.')).toBeInTheDocument();
    expect(submitButton(dialog)).toHaveAccessibleDescription('Create at most 10 droplets at once (this lists 11).');
  });

  it('offers only open regions, then only the sizes of the chosen region with their price', async () => {
    const { user, dialog } = await openForm();
    const regionSelect = within(dialog).getByLabelText('Region');
    expect(within(regionSelect).queryByRole('option', { name: /sfo1/ })).toBeNull();
    expect(within(dialog).getByLabelText('Size')).toBeDisabled();
    await user.selectOptions(regionSelect, 'New York 3 (nyc3)');
    const sizeOptions = within(within(dialog).getByLabelText('Size')).getAllByRole('option').map((option) => option.textContent);
    expect(sizeOptions).toEqual(['Choose a size', 's-1vcpu-1gb: 1 vCPU, 1 GB RAM, 25 GB disk, $6/month', 's-2vcpu-4gb: 1 vCPU, 1 GB RAM, 80 GB disk, $24/month']);
  });

  it('checks tags and counts the user data against 64 KiB as it is typed', async () => {
    const { user, dialog } = await openForm();
    await fillValid(user, dialog);
    expect(submitButton(dialog)).not.toHaveAttribute('aria-disabled');
    await user.type(within(dialog).getByLabelText('Tags'), 'env:prod bad.tag');
    expect(within(dialog).getByLabelText('Tags')).toHaveAccessibleDescription(/bad\.tag: Use only letters/);
    expect(submitButton(dialog)).toHaveAccessibleDescription(/Fix the tag bad\.tag/);
    await user.clear(within(dialog).getByLabelText('Tags'));

    const userData = within(dialog).getByLabelText('User data');
    await user.type(userData, '#cloud-config');
    expect(within(dialog).getByText(/13 bytes of 64 KiB/)).toBeInTheDocument();
    await user.click(userData);
    await user.paste('x'.repeat(maxUserDataBytes));
    expect(userData).toHaveAttribute('aria-invalid', 'true');
    expect(userData).toHaveAccessibleDescription(/^User data is 65,549 bytes: DigitalOcean takes at most 65,536 \(64 KiB\)\./);
    expect(submitButton(dialog)).toHaveAttribute('aria-disabled', 'true');
  });

  it('says a root password is emailed when no SSH key is chosen', async () => {
    const { user, dialog } = await openForm();
    expect(await within(dialog).findByText(/Without an SSH key, DigitalOcean emails a root password/)).toBeInTheDocument();
    await user.click(within(dialog).getByRole('checkbox', { name: /laptop/ }));
    expect(within(dialog).queryByText(/Without an SSH key/)).toBeNull();
  });
});

describe('the create form: prefilled from an image', { timeout: formTimeoutMs }, () => {
  it('selects the image and offers only the regions it is stored in', async () => {
    const { dialog } = await openForm({ image: sampleImageRow.id });
    const image = within(dialog).getByLabelText<HTMLSelectElement>('Image');
    expect(image.selectedOptions[0]?.textContent).toBe(`${sampleImageRow.name} (Ubuntu)`);
    const region = within(dialog).getByLabelText<HTMLSelectElement>('Region');
    expect(within(region).getAllByRole('option').map((option) => option.textContent)).toEqual(['Choose a region', 'New York 3 (nyc3)']);
    expect(region.value).toBe('nyc3');
    expect(within(dialog).getByText(/is stored in nyc3: only those regions are offered/)).toBeInTheDocument();
    // The snapshot needs 80 GB: the 25 GB size is not offered.
    expect(within(within(dialog).getByLabelText('Size')).getAllByRole<HTMLOptionElement>('option').map((option) => option.value)).toEqual(['', 's-2vcpu-4gb']);
  });

  it('selects a public image by its slug', async () => {
    const { dialog } = await openForm({ image: 'docker-20-04' });
    expect(within(dialog).getByLabelText<HTMLSelectElement>('Image').value).toBe('slug:docker-20-04');
  });
});

describe('the create form: sending', { timeout: formTimeoutMs }, () => {
  it('sends one request, shows the new rows with their create progress, and opens the first', async () => {
    const first = created(5001, 'web-03');
    const second = created(5002, 'web-04');
    const tracked = (id: number) => ({ ...sampleStartedAction.tracked!, key: `action:${id + 1}`, id: id + 1, type: 'create', resource: { type: 'droplet' as const, id, name: '' } });
    replyWith('droplets.create', () => {
      // From now on the main side's tracker follows both creates.
      replyWith('actions.tracked', () => ok([tracked(5001), tracked(5002)]));
      return ok({ droplets: [first, second], actions: [{ ...sampleStartedAction, tracked: tracked(5001) }, { ...sampleStartedAction, tracked: tracked(5002) }] });
    });
    const { user, dialog } = await openForm();
    await fillValid(user, dialog, 'web-03\nweb-04');
    await user.click(within(dialog).getByRole('checkbox', { name: /ci-deploy/ }));
    await enter(user, within(dialog).getByLabelText('Tags'), 'env:staging, web');
    await user.click(within(dialog).getByRole('checkbox', { name: /IPv6/ }));
    await user.click(within(dialog).getByRole('checkbox', { name: /Monitoring/ }));
    await enter(user, within(dialog).getByLabelText('User data'), '#cloud-config');
    await user.click(submitButton(dialog));

    expect(bridge['droplets.create']).toHaveBeenCalledTimes(1);
    expect(bridge['droplets.create']).toHaveBeenCalledWith({
      names: ['web-03', 'web-04'],
      region: 'fra1',
      size: 's-1vcpu-1gb',
      image: 'ubuntu-24-04-x64',
      sshKeys: [41520360],
      tags: ['env:staging', 'web'],
      backups: false,
      ipv6: true,
      monitoring: true,
      userData: '#cloud-config',
    });
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Create droplets' })).toBeNull());
    const grid = screen.getByRole('grid', { name: 'Droplets' });
    expect(within(grid).getByText('web-03')).toBeInTheDocument();
    expect(within(grid).getByText('web-04')).toBeInTheDocument();
    for (const name of ['web-03', 'web-04']) {
      const row = within(grid).getByText(name).closest<HTMLElement>('[role="row"]');
      await waitFor(() => expect(row).toHaveTextContent(/Create · less than a minute left/));
    }
    expect(window.location.hash).toBe('#/droplets?droplet=5001');
    expect(bridge['droplets.list']).toHaveBeenCalledTimes(1);
  });

  it('shows DigitalOcean’s refusal with its request id, keeps everything typed, and does not retry', async () => {
    replyWith('droplets.create', () => fail({ kind: 'validation', status: 422, message: 'You specified invalid SSH key ids or fingerprints for Droplet creation: 12345.', requestId: 'req-7f3a' }));
    const { user, dialog } = await openForm();
    await fillValid(user, dialog);
    await user.type(within(dialog).getByLabelText('Tags'), 'env:prod');
    await user.click(submitButton(dialog));

    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent("Couldn't create the droplet");
    expect(alert).toHaveTextContent('You specified invalid SSH key ids or fingerprints for Droplet creation: 12345.');
    expect(alert).toHaveTextContent('Request ID req-7f3a');
    expect(within(dialog).getByLabelText('Names')).toHaveValue('web-03');
    expect(within(dialog).getByLabelText('Tags')).toHaveValue('env:prod');
    expect(within(dialog).getByLabelText('Region')).toHaveValue('fra1');
    expect(within(dialog).getByLabelText('Size')).toHaveValue('s-1vcpu-1gb');
    expect(bridge['droplets.create']).toHaveBeenCalledTimes(1);
  });
});
