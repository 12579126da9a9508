import { screen } from '@testing-library/react';
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
  it('welcomes on the first start, in place of the droplets', async () => {
    renderApp('/droplets');
    expect(await screen.findByRole('region', { name: 'Welcome to DigitalOcean Panel' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Droplets');
  });

  it('does not claim there is no account when one is connected', async () => {
    replyWith('accounts.current', () => ok(activeAccount));
    renderApp('/droplets');
    const state = await screen.findByRole('region', { name: 'Droplets are not listed in this version yet' });
    expect(state).toHaveTextContent('sammy@example.com');
    expect(screen.queryByText('Welcome to DigitalOcean Panel')).not.toBeInTheDocument();
  });

  it('shows why the account could not be checked', async () => {
    replyWith('accounts.current', () => fail({ kind: 'internal', message: 'Vault unreadable.' }));
    renderApp('/droplets');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent("Couldn't check the account");
    expect(alert).toHaveTextContent('Vault unreadable.');
  });
});
