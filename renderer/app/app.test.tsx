import { act, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AccountList } from '../../shared/account-types';
import type { Area } from '../../shared/app-types';
import { activeAccount, bridge, demoOnly, emit, listenerCount, never, replyWith, resetFakeBridge, sampleAccount } from '../testing/fake-bridge';
import { renderApp, resetUiState } from '../testing/render-app';
import { fail, ok } from '../../shared/result';

vi.mock('../bridge', () => import('../testing/fake-bridge'));

const pageHeading = () => screen.getByRole('heading', { level: 1 });
const mainNav = () => screen.getByRole('navigation', { name: 'Main' });

beforeEach(() => {
  resetFakeBridge();
  resetUiState();
});

afterEach(() => {
  window.location.hash = '';
});

describe('App routing', () => {
  it('opens on Droplets when the address names no area', async () => {
    renderApp('');
    expect(pageHeading()).toHaveTextContent('Droplets');
    expect(window.location.hash).toBe('#/droplets');
    expect(await screen.findByRole('heading', { name: 'Welcome to DigitalOcean Panel' })).toBeInTheDocument();
  });

  it('redirects an unknown address to Droplets', () => {
    renderApp('/billing');
    expect(pageHeading()).toHaveTextContent('Droplets');
    expect(window.location.hash).toBe('#/droplets');
  });

  it('changes the page from the sidebar and marks the current item with aria-current', async () => {
    const { user } = renderApp('/droplets');
    const nav = mainNav();
    expect(within(nav).getByRole('link', { name: 'Droplets' })).toHaveAttribute('aria-current', 'page');

    await user.click(within(nav).getByRole('link', { name: 'Images' }));

    expect(pageHeading()).toHaveTextContent('Images');
    expect(window.location.hash).toBe('#/images');
    expect(within(nav).getByRole('link', { name: 'Images' })).toHaveAttribute('aria-current', 'page');
    expect(within(nav).getByRole('link', { name: 'Droplets' })).not.toHaveAttribute('aria-current');
    expect(document.title).toBe('Images · DigitalOcean Panel');
  });

  it('lists every area in the sidebar, in order', () => {
    renderApp('/activity');
    const names = within(mainNav())
      .getAllByRole('link')
      .map((link) => link.textContent);
    expect(names).toEqual(['Droplets', 'Images', 'SSH keys', 'Activity', 'Accounts', 'Settings']);
  });
});

describe('App events from the main side', () => {
  it('navigates when the main side sends app.navigate', () => {
    renderApp('/droplets');
    act(() => emit('app.navigate', { area: 'settings' }));
    expect(pageHeading()).toHaveTextContent('Settings');
    expect(within(mainNav()).getByRole('link', { name: 'Settings' })).toHaveAttribute('aria-current', 'page');
  });

  it('ignores app.navigate for an area it does not know', () => {
    renderApp('/images');
    act(() => emit('app.navigate', { area: 'billing' as Area }));
    expect(pageHeading()).toHaveTextContent('Images');
  });

  it('subscribes once to each event and unsubscribes when unmounted', () => {
    const { unmount } = renderApp();
    expect(listenerCount('app.navigate')).toBe(1);
    expect(listenerCount('account.changed')).toBe(1);
    unmount();
    expect(listenerCount('app.navigate')).toBe(0);
    expect(listenerCount('account.changed')).toBe(0);
  });

  it('refetches the account when the main side sends account.changed', async () => {
    renderApp('/droplets');
    expect(await screen.findByText('No account connected')).toBeInTheDocument();
    const callsBefore = bridge['accounts.current'].mock.calls.length;

    replyWith('accounts.current', () => ok(activeAccount));
    act(() => emit('account.changed', { activeId: 'account-1' }));

    expect(await screen.findByText('sammy@example.com')).toBeInTheDocument();
    expect(screen.getByText('Ocean Ops')).toBeInTheDocument();
    expect(bridge['accounts.current'].mock.calls.length).toBeGreaterThan(callsBefore);
  });

  it('keeps the accounts on screen while they are asked again after account.changed', async () => {
    renderApp('/accounts');
    expect(await screen.findByRole('listitem', { name: 'Demo' })).toBeInTheDocument();
    const listCalls = bridge['accounts.list'].mock.calls.length;

    replyWith('accounts.list', never);
    act(() => emit('account.changed', { activeId: null }));

    await waitFor(() => expect(bridge['accounts.list'].mock.calls.length).toBeGreaterThan(listCalls));
    expect(screen.getByRole('listitem', { name: 'Demo' })).toBeInTheDocument();
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });
});

describe('App sidebar', () => {
  it('collapses to icons, keeps the items named, and remembers the choice', async () => {
    const { user, container } = renderApp('/droplets');
    await user.click(screen.getByRole('button', { name: 'Collapse sidebar' }));

    expect(container.querySelector('.app-shell')).toHaveAttribute('data-sidebar', 'collapsed');
    expect(screen.getByRole('button', { name: 'Expand sidebar' })).toBeInTheDocument();
    expect(within(mainNav()).getByRole('link', { name: 'Images' })).toBeInTheDocument();
    expect(JSON.parse(localStorage.getItem('do-panel.sidebar') ?? '{}')).toMatchObject({ state: { collapsed: true } });

    await user.click(screen.getByRole('button', { name: 'Expand sidebar' }));
    expect(container.querySelector('.app-shell')).toHaveAttribute('data-sidebar', 'expanded');
  });

  it('moves focus to the page with the skip link', async () => {
    const { user } = renderApp('/droplets');
    await user.click(screen.getByRole('button', { name: 'Skip to content' }));
    expect(screen.getByRole('main')).toHaveFocus();
  });
});

describe('App account menu', () => {
  it('shows "No account connected" in the footer when there is no account', async () => {
    renderApp('/droplets');
    const trigger = await screen.findByRole('button', { name: /^Account: No account connected/ });
    expect(trigger).toHaveTextContent('Connect in Accounts');
  });

  it('says in the footer when the environment offers a token', async () => {
    replyWith('accounts.current', () => ok({ state: 'none', environmentTokenAvailable: true }));
    renderApp('/droplets');
    const trigger = await screen.findByRole('button', { name: /^Account: No account connected/ });
    expect(trigger).toHaveTextContent('Token in environment');
  });

  it('shows the account email and team in the footer', async () => {
    replyWith('accounts.current', () => ok(activeAccount));
    renderApp('/droplets');
    const trigger = await screen.findByRole('button', { name: /^Account: sammy@example\.com/ });
    expect(trigger).toHaveTextContent('Ocean Ops');
  });

  it('lists every account as a choice, the active one checked', async () => {
    const list: AccountList = { ...demoOnly, accounts: [sampleAccount, ...demoOnly.accounts], activeId: sampleAccount.id };
    replyWith('accounts.list', () => ok(list));
    replyWith('accounts.current', () => ok(activeAccount));
    const { user } = renderApp('/droplets');
    await user.click(await screen.findByRole('button', { name: /^Account: sammy@example\.com/ }));

    const group = screen.getByRole('group', { name: 'Switch account' });
    const choices = within(group).getAllByRole('menuitemradio');
    expect(choices.map((choice) => choice.textContent)).toEqual([
      'Sammy Sharksammy@example.com · Ocean Ops',
      'DemoA sample account on the built-in simulator',
    ]);
    expect(choices[0]).toHaveAttribute('aria-checked', 'true');
    expect(choices[1]).toHaveAttribute('aria-checked', 'false');
  });

  it('switches from the menu, and the footer follows', async () => {
    const demoAccount = { ...demoOnly.accounts[0]!, email: 'infra@juniper-analytics.example', team: 'Juniper Analytics', dropletLimit: 25 };
    const { user } = renderApp('/droplets');
    await user.click(await screen.findByRole('button', { name: /^Account: No account connected/ }));

    replyWith('accounts.switch', () => ok({ state: 'active', account: { ...demoAccount, active: true } }));
    replyWith('accounts.current', () => ok({ state: 'active', account: { ...demoAccount, active: true } }));
    replyWith('accounts.list', () => ok({ ...demoOnly, accounts: [{ ...demoAccount, active: true }], activeId: 'demo' }));
    await user.click(screen.getByRole('menuitemradio', { name: /^Demo/ }));

    expect(bridge['accounts.switch']).toHaveBeenCalledExactlyOnceWith({ id: 'demo' });
    const trigger = await screen.findByRole('button', { name: /^Account: infra@juniper-analytics\.example/ });
    expect(trigger).toHaveTextContent('Juniper Analytics');
    await user.click(trigger);
    expect(await screen.findByRole('menuitemradio', { name: /^Demo/ })).toHaveAttribute('aria-checked', 'true');
  });

  it('says in the footer why a switch from the menu failed', async () => {
    replyWith('accounts.switch', () => fail({ kind: 'unavailable', message: 'The demo could not start.' }));
    const { user } = renderApp('/settings');
    await user.click(await screen.findByRole('button', { name: /^Account:/ }));
    await user.click(screen.getByRole('menuitemradio', { name: /^Demo/ }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent("Couldn't switch to Demo. The demo could not start.");
    await user.click(within(alert).getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('goes to Accounts and Settings from the menu', async () => {
    const { user } = renderApp('/droplets');
    await user.click(await screen.findByRole('button', { name: /^Account:/ }));
    await user.click(screen.getByRole('menuitem', { name: 'Manage accounts…' }));
    expect(pageHeading()).toHaveTextContent('Accounts');

    await user.click(screen.getByRole('button', { name: /^Account:/ }));
    await user.click(screen.getByRole('menuitem', { name: 'Settings' }));
    expect(pageHeading()).toHaveTextContent('Settings');
  });

  it('opens the About dialog with the app info, and returns focus to the menu when it closes', async () => {
    const { user } = renderApp('/droplets');
    const trigger = await screen.findByRole('button', { name: /^Account:/ });
    await user.click(trigger);
    await user.click(screen.getByRole('menuitem', { name: 'About DigitalOcean Panel' }));

    const dialog = await screen.findByRole('dialog', { name: 'About DigitalOcean Panel' });
    expect(await within(dialog).findByText('Version 1.2.3')).toBeInTheDocument();
    expect(within(dialog).getByText('Browser mode')).toBeInTheDocument();
    expect(within(dialog).getByText('Linux')).toBeInTheDocument();
    expect(within(dialog).getByText('22.4.0')).toBeInTheDocument();
    expect(within(dialog).getByText('http://127.0.0.1:4010')).toBeInTheDocument();
    expect(within(dialog).queryByText('Electron')).not.toBeInTheDocument();

    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(trigger).toHaveFocus();
  });
});
