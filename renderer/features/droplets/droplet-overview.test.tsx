import { within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ok } from '../../../shared/result';
import { replyWith } from '../../testing/fake-bridge';
import { sampleDroplet, sampleDropletRow } from '../../testing/droplet-samples';
import { setUpRendererTests } from '../../testing/renderer-test-setup';
import { openPane, slow } from './droplet-action-test-helpers';

vi.mock('../../bridge', () => import('../../testing/fake-bridge'));

setUpRendererTests();

const withPrivateGateway = (gateway: string | undefined) => ({
  ...sampleDroplet,
  networks: {
    v4: [
      { ip_address: '203.0.113.10', netmask: '255.255.240.0', gateway: '203.0.113.1', type: 'public' as const },
      { ip_address: '10.108.0.2', netmask: '255.255.240.0', type: 'private' as const, ...(gateway === undefined ? {} : { gateway }) },
    ],
    v6: [],
  },
});

const rowOf = (pane: HTMLElement, header: string) =>
  within(within(pane).getByRole('region', { name: 'Networking' }))
    .getAllByRole('row')
    .find((row) => within(row).queryByRole('rowheader', { name: header }) !== null);

beforeEach(() => {
  replyWith('droplets.list', () => ok([sampleDropletRow]));
  replyWith('droplets.get', () => ok(withPrivateGateway('nil')));
});

describe('the droplet overview', () => {
  it('says the status once, in words', async () => {
    const { pane } = await openPane();
    const status = within(within(pane).getByRole('region', { name: 'Droplet' })).getByText('Status').closest('div');
    expect(status).toHaveTextContent(/^StatusActive$/);
  }, slow);

  it.each([['nil'], [''], [undefined]])('shows a private gateway DigitalOcean reports as %j as none, with nothing to copy', async (gateway) => {
    replyWith('droplets.get', () => ok(withPrivateGateway(gateway)));
    const { pane } = await openPane();
    const privateRow = rowOf(pane, 'IPv4 private');
    expect(privateRow).toBeDefined();
    if (privateRow === undefined) return;
    expect(within(privateRow).getAllByRole('cell')[2]).toHaveTextContent('—');
    expect(within(privateRow).queryByRole('button', { name: 'Copy IPv4 gateway' })).toBeNull();
    expect(privateRow).not.toHaveTextContent('nil');
    // The public interface's gateway is a real address, copied as before.
    const publicRow = rowOf(pane, 'IPv4 public');
    expect(publicRow && within(publicRow).getByRole('button', { name: 'Copy IPv4 gateway' })).toBeInTheDocument();
  }, slow);
});
