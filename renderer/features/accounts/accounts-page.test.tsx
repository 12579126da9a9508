import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fail, ok } from '../../../shared/result';
import { activeAccount, bridge, never, replyWith, resetFakeBridge, sampleAccount } from '../../testing/fake-bridge';
import type { DescribedAccount } from '../../../shared/account-types';
import { renderApp, resetUiState } from '../../testing/render-app';

vi.mock('../../bridge', () => import('../../testing/fake-bridge'));

beforeEach(() => {
  resetFakeBridge();
  resetUiState();
});

describe('AccountsPage', () => {
  it('explains where tokens live and links to DigitalOcean when there is no account', async () => {
    renderApp('/accounts');
    const emptyState = await screen.findByRole('region', { name: 'No accounts yet' });
    expect(emptyState).toHaveTextContent("kept in your operating system's keychain and are never shown again");

    const tokenLink = within(emptyState).getByRole('link', { name: /Create a token on DigitalOcean/ });
    expect(tokenLink).toHaveAttribute('href', 'https://cloud.digitalocean.com/account/api/tokens');
    expect(tokenLink).toHaveAttribute('target', '_blank');
    expect(tokenLink).toHaveAttribute('rel', 'noreferrer');
    expect(screen.queryByText(/was found in the environment/)).not.toBeInTheDocument();
  });

  it('says so when DIGITALOCEAN_ACCESS_TOKEN is set in the environment', async () => {
    replyWith('accounts.current', () => ok({ state: 'none', environmentTokenAvailable: true }));
    renderApp('/accounts');
    const hint = await screen.findByText(/was found in the environment the panel was started from/);
    expect(hint).toHaveTextContent('DIGITALOCEAN_ACCESS_TOKEN');
  });

  it('shows the connected account', async () => {
    replyWith('accounts.current', () => ok(activeAccount));
    renderApp('/accounts');
    const card = await screen.findByRole('region', { name: 'sammy@example.com' });
    expect(card).toHaveTextContent('Sammy Shark');
    expect(card).toHaveTextContent('Ocean Ops');
    expect(card).toHaveTextContent('25');
    expect(screen.queryByRole('region', { name: 'No accounts yet' })).not.toBeInTheDocument();
  });

  it.each<[string, Partial<DescribedAccount>, string]>([
    ['a keychain account', {}, 'In the keychain'],
    ['a session-only account', { storage: 'session' }, 'In memory until the panel quits'],
    ['the demo', { id: 'demo', kind: 'demo', storage: 'none' }, 'None needed (demo)'],
    ['the environment account', { id: 'environment', kind: 'environment', storage: 'session' }, 'From DIGITALOCEAN_ACCESS_TOKEN'],
    ['a token gone from the keychain', { status: 'token-missing' }, 'Missing from the keychain'],
    ['a keychain that cannot be reached', { status: 'keychain-unavailable' }, 'In the keychain, which cannot be reached'],
  ])('says where the token of %s is', async (_what, change, text) => {
    replyWith('accounts.current', () => ok({ state: 'active', account: { ...sampleAccount, ...change } }));
    renderApp('/accounts');
    const card = await screen.findByRole('region', { name: 'sammy@example.com' });
    expect(card).toHaveTextContent(`Token${text}`);
  });

  it('announces loading while the account status is on its way', async () => {
    replyWith('accounts.current', never);
    renderApp('/accounts');
    expect(await screen.findByRole('status')).toHaveTextContent('Loading accounts');
  });

  it('shows the error with its message and kind, and Retry asks again', async () => {
    replyWith('accounts.current', () =>
      fail({ kind: 'unavailable', message: 'The keychain is locked.', requestId: 'req-42' }),
    );
    const { user } = renderApp('/accounts');

    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('heading', { name: "Couldn't load accounts" })).toBeInTheDocument();
    expect(alert).toHaveTextContent('The keychain is locked.');
    expect(alert).toHaveTextContent('unavailable');
    expect(alert).toHaveTextContent('req-42');
    // Not a network failure, so react-query must not have retried on its own.
    expect(bridge['accounts.current']).toHaveBeenCalledTimes(1);

    replyWith('accounts.current', () => ok(activeAccount));
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));

    await waitFor(() => expect(bridge['accounts.current']).toHaveBeenCalledTimes(2));
    expect(await screen.findByRole('region', { name: 'sammy@example.com' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
