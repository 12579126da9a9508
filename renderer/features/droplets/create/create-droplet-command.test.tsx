import { act, renderHook, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi, type Mock } from 'vitest';
import type { RequestOf } from '../../../../shared/contract';
import type { Region, Size, SshKey } from '../../../../shared/do-types';
import type { ImageRow } from '../../../../shared/image-types';
import { ok, type Result } from '../../../../shared/result';
import { useCreateDropletActions } from '../../../stores/create-droplet-store';
import { bridge, replyWith } from '../../../testing/fake-bridge';
import { sampleDropletRow } from '../../../testing/droplet-samples';
import { sampleImageRow } from '../../../testing/image-samples';
import { renderApp } from '../../../testing/render-app';
import { setUpRendererTests } from '../../../testing/renderer-test-setup';

vi.mock('../../../bridge', () => import('../../../testing/fake-bridge'));

const region = (slug: string, name: string): Region => ({ slug, name, available: true, features: [], sizes: [] });
const size: Size = { slug: 's-1vcpu-1gb', memory: 1024, vcpus: 1, disk: 25, transfer: 1, price_monthly: 6, price_hourly: 0.009, regions: ['fra1'], available: true, description: 'Basic' };
const ubuntu: ImageRow = { ...sampleImageRow, id: 101, name: '24.04 (LTS) x64', type: 'base', slug: 'ubuntu-24-04-x64', public: true, regions: ['fra1'], minDiskSize: 15 };
const key: SshKey = { id: 41520360, name: 'ci-deploy', fingerprint: 'e7:7e:6b:d5:63:6b:86:d6:d3:7a:c1:cc:0d:12:03:07', public_key: 'ssh-rsa AAAA ci' };

setUpRendererTests();

beforeEach(() => {
  replyWith('droplets.list', () => ok([sampleDropletRow]));
  replyWith('catalog.regions', () => ok([region('fra1', 'Frankfurt 1')]));
  replyWith('catalog.sizes', () => ok([size]));
  replyWith('sshKeys.list', () => ok([key]));
  (bridge['images.list'] as unknown as Mock<(request: RequestOf<'images.list'>) => Promise<Result<ImageRow[]>>>).mockImplementation(async (request) =>
    ok(request.type === 'distribution' ? [ubuntu] : []),
  );
});

afterEach(() => {
  const { result, unmount } = renderHook(() => useCreateDropletActions());
  act(() => result.current.close());
  unmount();
});

const doctl = 'DIGITALOCEAN_ACCESS_TOKEN="$DIGITALOCEAN_TOKEN" doctl';

const shown = (dialog: HTMLElement, block: 'doctl' | 'API request'): string | null | undefined =>
  within(dialog).getByRole('region', { name: block }).querySelector('code')?.textContent;

describe('Show as command in the create form', () => {
  it('waits for the required choices, then follows every field', async () => {
    const { user } = renderApp('/droplets');
    await screen.findByRole('grid', { name: 'Droplets' });
    await user.click(screen.getByRole('button', { name: 'Create droplet' }));
    const dialog = await screen.findByRole('dialog', { name: 'Create droplets' });
    await within(dialog).findByRole('option', { name: 'Ubuntu 24.04 (LTS) x64' });
    await user.click(within(dialog).getByRole('button', { name: 'Show as command' }));
    expect(within(dialog).getByText('Enter a name and choose an image, a region and a size to see the command.')).toBeInTheDocument();

    await user.click(within(dialog).getByLabelText('Names'));
    await user.paste('web-03, web-04');
    await user.selectOptions(within(dialog).getByLabelText('Image'), 'Ubuntu 24.04 (LTS) x64');
    await user.selectOptions(within(dialog).getByLabelText('Region'), 'Frankfurt 1 (fra1)');
    await user.selectOptions(within(dialog).getByLabelText('Size'), within(dialog).getByRole('option', { name: /^s-1vcpu-1gb/ }));
    expect(shown(dialog, 'doctl')).toBe(`${doctl} compute droplet create web-03 web-04 --region fra1 --size s-1vcpu-1gb --image ubuntu-24-04-x64`);

    await user.click(await within(dialog).findByRole('checkbox', { name: /ci-deploy/ }));
    await user.click(within(dialog).getByLabelText('Tags'));
    await user.paste('env:staging, web');
    await user.click(within(dialog).getByRole('checkbox', { name: /Backups/ }));
    await user.click(within(dialog).getByRole('checkbox', { name: /IPv6/ }));
    await user.click(within(dialog).getByRole('checkbox', { name: /Monitoring/ }));
    await user.click(within(dialog).getByLabelText('User data'));
    await user.paste("#!/bin/sh\necho 'up'");
    expect(shown(dialog, 'doctl')).toBe(
      `${doctl} compute droplet create web-03 web-04 --region fra1 --size s-1vcpu-1gb --image ubuntu-24-04-x64 --ssh-keys 41520360` +
        ` --tag-names env:staging,web --enable-backups --enable-ipv6 --enable-monitoring --user-data '#!/bin/sh\necho '\\''up'\\'''`,
    );
    expect(shown(dialog, 'API request')).toContain(
      `-d '{"names":["web-03","web-04"],"region":"fra1","size":"s-1vcpu-1gb","image":"ubuntu-24-04-x64","ssh_keys":[41520360],"tags":["env:staging","web"],` +
        `"backups":true,"ipv6":true,"monitoring":true,"user_data":"#!/bin/sh\\necho '\\''up'\\''"}'`,
    );
    expect(bridge['droplets.create']).not.toHaveBeenCalled();
  }, 30_000);
});
