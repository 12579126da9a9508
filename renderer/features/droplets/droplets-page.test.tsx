import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fail, ok } from '../../../shared/result';
import { activeAccount, replyWith, resetFakeBridge } from '../../testing/fake-bridge';
import { renderApp, resetUiState } from '../../testing/render-app';

vi.mock('../../bridge', () => import('../../testing/fake-bridge'));

beforeEach(() => {
  resetFakeBridge();
  resetUiState();
});

describe('DropletsPage', () => {
  it('explains that droplets need an account and leads to Accounts', async () => {
    const { user } = renderApp('/droplets');
    const emptyState = await screen.findByRole('region', { name: 'No account connected yet' });
    expect(emptyState).toHaveTextContent('droplets appear here once a DigitalOcean account is connected');

    const link = within(emptyState).getByRole('link', { name: 'Go to Accounts' });
    expect(link).toHaveAttribute('href', '#/accounts');
    await user.click(link);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Accounts');
  });

  it('does not claim there is no account when one is connected', async () => {
    replyWith('accounts.current', () => ok(activeAccount));
    renderApp('/droplets');
    const state = await screen.findByRole('region', { name: 'Droplets are not listed in this version yet' });
    expect(state).toHaveTextContent('sammy@example.com');
    expect(screen.queryByText('No account connected yet')).not.toBeInTheDocument();
  });

  it('shows why the account could not be checked', async () => {
    replyWith('accounts.current', () => fail({ kind: 'internal', message: 'Vault unreadable.' }));
    renderApp('/droplets');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent("Couldn't check the account");
    expect(alert).toHaveTextContent('Vault unreadable.');
  });
});
