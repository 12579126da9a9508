import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { CurrentAccount, DescribedAccount } from '../../../shared/account-types';
import { fail, ok } from '../../../shared/result';
import { bridge, never, replyWith, resetFakeBridge, sampleAccount } from '../../testing/fake-bridge';
import { renderApp, resetUiState } from '../../testing/render-app';

vi.mock('../../bridge', () => import('../../testing/fake-bridge'));

const demo: DescribedAccount = {
  id: 'demo',
  name: 'Demo',
  kind: 'demo',
  storage: 'none',
  status: 'ok',
  active: true,
  email: 'infra@juniper-analytics.example',
  team: 'Juniper Analytics',
  dropletLimit: 25,
};

const welcome = () => screen.findByRole('region', { name: 'Welcome to DigitalOcean Panel' });

beforeEach(() => {
  resetFakeBridge();
  resetUiState();
});

describe('Welcome', () => {
  it('offers a token, with where to create it and the scopes it needs, or the demo', async () => {
    renderApp('/droplets');
    const region = await welcome();

    const link = within(region).getByRole('link', { name: /Create a token/ });
    expect(link).toHaveAttribute('href', 'https://cloud.digitalocean.com/account/api/tokens');
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', 'noreferrer');
    expect(region).toHaveTextContent('Read Only');
    for (const scope of ['droplet:update', 'droplet:create', 'droplet:delete', 'image:create']) expect(region).toHaveTextContent(scope);

    expect(within(region).getByRole('button', { name: 'Add a DigitalOcean token' })).toBeInTheDocument();
    expect(within(region).getByRole('button', { name: 'Try the demo account' })).toBeInTheDocument();
    expect(within(region).queryByRole('button', { name: /DIGITALOCEAN_ACCESS_TOKEN/ })).not.toBeInTheDocument();
  });

  it('tries the demo account, showing that it is starting', async () => {
    replyWith('accounts.switch', never);
    const { user } = renderApp('/droplets');
    const button = within(await welcome()).getByRole('button', { name: 'Try the demo account' });
    await user.click(button);
    expect(bridge['accounts.switch']).toHaveBeenCalledExactlyOnceWith({ id: 'demo' });
    expect(button).toHaveAttribute('aria-busy', 'true');
  });

  it('lands on the droplets once the demo is active', async () => {
    const active: CurrentAccount = { state: 'active', account: demo };
    // As the main side does: once switched, the demo is the current account.
    replyWith('accounts.switch', () => {
      replyWith('accounts.current', () => ok(active));
      return ok(active);
    });
    const { user } = renderApp('/droplets');
    await user.click(within(await welcome()).getByRole('button', { name: 'Try the demo account' }));

    // The fake bridge's demo has no droplets: the list's empty state takes the welcome's place.
    expect(await screen.findByRole('region', { name: 'No droplets in this account' })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Welcome to DigitalOcean Panel' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: /^Account: infra@juniper-analytics\.example/ })).toBeInTheDocument();
  });

  it('says why the demo could not start', async () => {
    replyWith('accounts.switch', () => fail({ kind: 'unavailable', message: 'The demo (the built-in DigitalOcean simulator) could not start.' }));
    const { user } = renderApp('/droplets');
    await user.click(within(await welcome()).getByRole('button', { name: 'Try the demo account' }));
    const alert = await within(await welcome()).findByRole('alert');
    expect(alert).toHaveTextContent("The demo account couldn't start");
    expect(alert).toHaveTextContent('could not start.');
  });

  it('adds a token, and keeps showing what was added while the droplets take the welcome’s place', async () => {
    const { user } = renderApp('/droplets');
    await user.click(within(await welcome()).getByRole('button', { name: 'Add a DigitalOcean token' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add a DigitalOcean account' });

    replyWith('accounts.current', () => ok({ state: 'active', account: sampleAccount }));
    await user.type(within(dialog).getByLabelText('Name'), 'Sammy Shark');
    await user.type(within(dialog).getByLabelText('Personal access token'), `dop_v1_${'a1'.repeat(32)}`);
    await user.click(within(dialog).getByRole('button', { name: 'Add account' }));

    expect(await within(dialog).findByRole('heading', { name: 'Sammy Shark is added' })).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Done' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(await screen.findByRole('region', { name: 'No droplets in this account' })).toBeInTheDocument();
    // The button that opened the dialog went with the welcome screen: focus is on the page.
    await waitFor(() => expect(screen.getByRole('main')).toHaveFocus());
  });

  it('offers DIGITALOCEAN_ACCESS_TOKEN when the environment has one', async () => {
    replyWith('accounts.current', () => ok({ state: 'none', environmentTokenAvailable: true }));
    const { user } = renderApp('/droplets');
    const region = await welcome();
    expect(region).toHaveTextContent('is set in the environment the panel was started from');
    await user.click(within(region).getByRole('button', { name: 'Use DIGITALOCEAN_ACCESS_TOKEN' }));
    expect(bridge['accounts.switch']).toHaveBeenCalledExactlyOnceWith({ id: 'environment' });
  });
});
