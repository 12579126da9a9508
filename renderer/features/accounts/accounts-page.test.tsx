import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Account, AccountList, DescribedAccount } from '../../../shared/account-types';
import { fail, ok } from '../../../shared/result';
import { bridge, demoOnly, never, replyWith, resetFakeBridge, sampleAccount } from '../../testing/fake-bridge';
import { renderApp, resetUiState } from '../../testing/render-app';

vi.mock('../../bridge', () => import('../../testing/fake-bridge'));

const demo: Account = { id: 'demo', name: 'Demo', kind: 'demo', storage: 'none', status: 'ok', active: false };
const environment: Account = {
  id: 'environment',
  name: 'DIGITALOCEAN_ACCESS_TOKEN',
  kind: 'environment',
  storage: 'session',
  status: 'ok',
  active: false,
};
const work: DescribedAccount = sampleAccount;
const side: DescribedAccount = {
  ...sampleAccount,
  id: 'account-2',
  name: 'Side project',
  storage: 'session',
  email: 'sammy@side.example',
  team: undefined,
  active: false,
};
const saved = { kind: 'token', storage: 'keychain', active: false } as const;
const lost: Account = { ...saved, id: 'account-3', name: 'Old laptop', email: 'old@example.com', status: 'token-missing' };
const locked: Account = { ...saved, id: 'account-4', name: 'Locked', email: 'locked@example.com', status: 'keychain-unavailable' };

/** Scripts the main side with these accounts; `activeId` picks the active one, as the main side would. */
const withAccounts = (accounts: Account[], activeId: string | null) => {
  const marked = accounts.map((account) => ({ ...account, active: account.id === activeId }));
  const list: AccountList = { accounts: marked, activeId, keychain: { available: true } };
  const active = marked.find((account) => account.id === activeId);
  replyWith('accounts.list', () => ok(list));
  replyWith('accounts.current', () =>
    ok(
      active
        ? { state: 'active', account: { email: 'demo@example.com', dropletLimit: 25, ...active } }
        : { state: 'none', environmentTokenAvailable: false },
    ),
  );
};

const row = (name: string) => screen.findByRole('listitem', { name });

beforeEach(() => {
  resetFakeBridge();
  resetUiState();
});

describe('AccountsPage: the list', () => {
  it('shows every account: who it is, where its token is kept, whether it can be used, and which is active', async () => {
    withAccounts([environment, work, side, lost, locked, demo], work.id);
    renderApp('/accounts');

    const list = await screen.findByRole('list', { name: 'Accounts' });
    const names = within(list)
      .getAllByRole('listitem')
      .map((item) => item.querySelector('.account-row__name')?.textContent);
    expect(names).toEqual(['DIGITALOCEAN_ACCESS_TOKEN', 'Sammy Shark', 'Side project', 'Old laptop', 'Locked', 'Demo']);

    const active = await row('Sammy Shark');
    expect(active).toHaveTextContent('Active');
    expect(active).toHaveTextContent('sammy@example.com · Ocean Ops');
    expect(active).toHaveTextContent('Keychain');
    expect(active).toHaveTextContent('Ready');
    expect(within(active).queryByRole('button', { name: /^Switch/ })).not.toBeInTheDocument();

    expect(await row('Side project')).toHaveTextContent('sammy@side.example');
    expect(await row('Side project')).toHaveTextContent('Session only');
    expect(await row('Old laptop')).toHaveTextContent('Token missing from the keychain');
    expect(await row('Locked')).toHaveTextContent('Keychain unavailable');
    expect(await row('Demo')).toHaveTextContent('None (demo)');
    expect(await row('Demo')).not.toHaveTextContent('Active');
    expect(await row('DIGITALOCEAN_ACCESS_TOKEN')).toHaveTextContent('Environment variable');
  });

  it('shows the active account in detail above the list', async () => {
    withAccounts([work, demo], work.id);
    renderApp('/accounts');
    const card = await screen.findByRole('region', { name: 'sammy@example.com' });
    expect(card).toHaveTextContent('Sammy Shark');
    expect(card).toHaveTextContent('Ocean Ops');
    expect(card).toHaveTextContent('Droplet limit25');
    expect(card).toHaveTextContent('TokenIn the keychain');
  });

  it('says so when no account is active', async () => {
    renderApp('/accounts');
    expect(await screen.findByText('No account is active')).toBeInTheDocument();
    expect(await row('Demo')).toBeInTheDocument();
  });

  it('offers removal only for saved tokens, not for the demo or the environment’s', async () => {
    withAccounts([environment, work, side, demo], work.id);
    renderApp('/accounts');
    expect(within(await row('Sammy Shark')).getByRole('button', { name: 'Remove Sammy Shark…' })).toBeInTheDocument();
    expect(within(await row('Side project')).getByRole('button', { name: 'Remove Side project…' })).toBeInTheDocument();
    expect(within(await row('Demo')).queryByRole('button', { name: /Remove/ })).not.toBeInTheDocument();
    expect(within(await row('DIGITALOCEAN_ACCESS_TOKEN')).queryByRole('button', { name: /Remove/ })).not.toBeInTheDocument();
  });

  it('announces loading while the list is on its way', async () => {
    replyWith('accounts.list', never);
    renderApp('/accounts');
    expect(await screen.findByRole('status')).toHaveTextContent('Loading accounts');
  });

  it('shows the error with its message and kind, and Retry asks again', async () => {
    replyWith('accounts.list', () => fail({ kind: 'unavailable', message: 'The settings file is unreadable.', requestId: 'req-42' }));
    const { user } = renderApp('/accounts');

    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('heading', { name: "Couldn't load accounts" })).toBeInTheDocument();
    expect(alert).toHaveTextContent('The settings file is unreadable.');
    expect(alert).toHaveTextContent('unavailable');
    expect(alert).toHaveTextContent('req-42');
    expect(bridge['accounts.list']).toHaveBeenCalledTimes(1);

    replyWith('accounts.list', () => ok(demoOnly));
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await row('Demo')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});

describe('AccountsPage: switching', () => {
  it('switches in one click, and every view follows', async () => {
    withAccounts([work, demo], work.id);
    const { user } = renderApp('/accounts');
    expect(await screen.findByRole('button', { name: /^Account: sammy@example\.com/ })).toBeInTheDocument();

    replyWith('accounts.switch', () =>
      ok({ state: 'active', account: { ...demo, active: true, email: 'infra@juniper-analytics.example', team: 'Juniper Analytics', dropletLimit: 25 } }),
    );
    withAccounts([work, { ...demo, email: 'infra@juniper-analytics.example', team: 'Juniper Analytics' }], demo.id);
    await user.click(within(await row('Demo')).getByRole('button', { name: 'Switch to Demo' }));

    expect(bridge['accounts.switch']).toHaveBeenCalledExactlyOnceWith({ id: 'demo' });
    expect(await screen.findByRole('button', { name: /^Account: infra@juniper-analytics\.example/ })).toBeInTheDocument();
    await waitFor(async () => expect(await row('Demo')).toHaveTextContent('Active'));
    expect(within(await row('Sammy Shark')).getByRole('button', { name: 'Switch to Sammy Shark' })).toBeInTheDocument();
  });

  it('says why a switch failed, on the account it was for', async () => {
    withAccounts([environment, demo], null);
    replyWith('accounts.switch', () => fail({ kind: 'unauthorized', message: 'Unable to authenticate you.', status: 401 }));
    const { user } = renderApp('/accounts');
    await user.click(within(await row('DIGITALOCEAN_ACCESS_TOKEN')).getByRole('button', { name: 'Switch to DIGITALOCEAN_ACCESS_TOKEN' }));
    const alert = await within(await row('DIGITALOCEAN_ACCESS_TOKEN')).findByRole('alert');
    expect(alert).toHaveTextContent("Couldn't switch to DIGITALOCEAN_ACCESS_TOKEN: Unable to authenticate you.");
  });
});

describe('AccountsPage: removing', () => {
  it('asks first, naming the account and saying its token is deleted from the keychain', async () => {
    withAccounts([work, demo], work.id);
    const { user } = renderApp('/accounts');
    const removeButton = within(await row('Sammy Shark')).getByRole('button', { name: 'Remove Sammy Shark…' });
    await user.click(removeButton);

    const dialog = await screen.findByRole('dialog', { name: 'Remove Sammy Shark?' });
    expect(dialog).toHaveAccessibleDescription('The panel forgets Sammy Shark (sammy@example.com) and deletes its token from the keychain.');
    expect(dialog).toHaveTextContent('It is the active account');

    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(bridge['accounts.remove']).not.toHaveBeenCalled();
    await waitFor(() => expect(removeButton).toHaveFocus());
  });

  it('removes the account once confirmed, and moves focus to the list', async () => {
    withAccounts([work, side, demo], work.id);
    const { user } = renderApp('/accounts');
    await user.click(within(await row('Side project')).getByRole('button', { name: 'Remove Side project…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Remove Side project?' });
    expect(dialog).toHaveAccessibleDescription(/its token, which it kept in memory for this session only/);
    expect(dialog).not.toHaveTextContent('It is the active account');

    withAccounts([work, demo], work.id);
    await user.click(within(dialog).getByRole('button', { name: 'Remove account' }));

    expect(bridge['accounts.remove']).toHaveBeenCalledExactlyOnceWith({ id: 'account-2' });
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    await waitFor(() => expect(screen.queryByRole('listitem', { name: 'Side project' })).not.toBeInTheDocument());
    await waitFor(() => expect(screen.getByRole('heading', { name: 'All accounts' })).toHaveFocus());
  });

  it('keeps the dialog open with the reason when the account cannot be removed', async () => {
    withAccounts([locked, demo], null);
    replyWith('accounts.remove', () => fail({ kind: 'unavailable', message: 'The keychain cannot be reached; the token would be left behind.' }));
    const { user } = renderApp('/accounts');
    await user.click(within(await row('Locked')).getByRole('button', { name: 'Remove Locked…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Remove Locked?' });
    await user.click(within(dialog).getByRole('button', { name: 'Remove account' }));

    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent("Couldn't remove the account");
    expect(alert).toHaveTextContent('the token would be left behind');
    await user.keyboard('{Escape}');
    expect(await row('Locked')).toBeInTheDocument();
  });
});
