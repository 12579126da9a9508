import { act, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { DropletRow } from '../../../shared/droplet-types';
import { fail, ok } from '../../../shared/result';
import { activeAccount, bridge, emit, replyWith, sampleAccount } from '../../testing/fake-bridge';
import { sampleDroplet, sampleDropletRow } from '../../testing/droplet-samples';
import { sampleImageRow } from '../../testing/image-samples';
import { renderApp } from '../../testing/render-app';
import { setUpRendererTests } from '../../testing/renderer-test-setup';
import { slow } from '../droplets/droplet-action-test-helpers';

vi.mock('../../bridge', () => import('../../testing/fake-bridge'));

const dbRow: DropletRow = { ...sampleDropletRow, id: 3002, name: 'db-primary', publicIpv4: '203.0.113.20', tags: ['env:prod', 'db'] };
const offRow: DropletRow = { ...sampleDropletRow, id: 3003, name: 'staging-api', status: 'off', publicIpv4: '198.51.100.7', tags: ['env:staging'] };

setUpRendererTests();

beforeEach(() => {
  replyWith('droplets.list', () => ok([sampleDropletRow, dbRow, offRow]));
  replyWith('droplets.get', ({ id }) => ok({ ...sampleDroplet, id, name: [sampleDropletRow, dbRow, offRow].find((row) => row.id === id)?.name ?? 'x' }));
  replyWith('images.list', (filter) => ok(filter.private ? [{ ...sampleImageRow, id: 4400, name: 'golden-base-2026' }] : []));
});

// A whole-app render with lazily loaded panes and dialogs: slow on a busy machine, never slow to fail on a wrong answer.
vi.setConfig({ testTimeout: slow });
const appears = { timeout: 15_000 };

const openPalette = async (user: ReturnType<typeof renderApp>['user']) => {
  await user.keyboard('{Control>}k{/Control}');
  const palette = await screen.findByRole('dialog', { name: 'Command palette' });
  const input = within(palette).getByRole('combobox', { name: 'Find or run' });
  await waitFor(() => expect(input).toHaveFocus());
  return { palette, input };
};

const options = (palette: HTMLElement) => within(palette).queryAllByRole('option');

describe('the command palette', () => {
  it('finds a droplet by part of its name, IP or tag, and Enter opens it', async () => {
    const { user } = renderApp('/droplets');
    await screen.findByRole('row', { name: /db-primary/ }, appears);
    const { palette, input } = await openPalette(user);

    await user.type(input, '113.20');
    expect(within(palette).getByRole('group', { name: 'Droplets' })).toBeInTheDocument();
    expect(options(palette)[0]).toHaveTextContent('db-primary');
    await user.clear(input);
    await user.type(input, 'staging');
    expect(options(palette)[0]).toHaveTextContent('staging-api');
    // A fuzzy match: the letters in order, not next to each other.
    await user.clear(input);
    await user.type(input, 'dbprm');
    const first = options(palette)[0];
    expect(first).toHaveTextContent('db-primary');
    expect(input).toHaveAttribute('aria-activedescendant', first?.id);

    await user.keyboard('{Enter}');
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Command palette' })).not.toBeInTheDocument());
    expect(window.location.hash).toBe('#/droplets?droplet=3002');
    expect(await screen.findByRole('complementary', { name: 'Droplet db-primary' }, appears)).toBeInTheDocument();
  });

  it('loads the droplets once through the list query, not once per keystroke, when the list was not loaded', async () => {
    const { user } = renderApp('/settings');
    const { palette, input } = await openPalette(user);
    await user.type(input, 'web-prod');
    expect(await within(palette).findByRole('option', { name: /web-prod-01/ })).toBeInTheDocument();
    expect(bridge['droplets.list']).toHaveBeenCalledTimes(1);
    expect(bridge['droplets.list'].mock.calls[0]?.[0]).toEqual({ stream: expect.any(String) });
  });

  it('finds an image and opens it in the Images view', async () => {
    const { user } = renderApp('/activity');
    const { palette, input } = await openPalette(user);
    await user.type(input, 'golden');
    const option = await within(palette).findByRole('option', { name: /golden-base-2026/ });
    await user.click(option);
    expect(window.location.hash).toBe('#/images?image=4400');
  });

  it('moves with the arrow keys, goes to a screen, and closes with Escape', async () => {
    const { user } = renderApp('/droplets');
    let { palette, input } = await openPalette(user);
    const screens = within(within(palette).getByRole('group', { name: 'Go to' })).getAllByRole('option');
    expect(screens.map((option) => option.textContent)).toEqual(['Droplets', 'Images', 'SSH keys', 'Activity', 'Accounts', 'Settings']);
    // Page Down jumps ten results (or to the last), Page Up back.
    const all = within(palette).getAllByRole('option');
    await user.keyboard('{PageDown}');
    expect(input).toHaveAttribute('aria-activedescendant', all[Math.min(10, all.length - 1)]?.id);
    await user.keyboard('{PageUp}');
    expect(input).toHaveAttribute('aria-activedescendant', all[0]?.id);

    await user.type(input, 'activ');
    const activity = within(palette).getByRole('option', { name: 'Activity' });
    await user.keyboard('{ArrowDown}{ArrowUp}');
    expect(input).toHaveAttribute('aria-activedescendant', activity.id);
    expect(activity).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('{Enter}');
    expect(window.location.hash).toBe('#/activity');

    ({ palette, input } = await openPalette(user));
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Command palette' })).not.toBeInTheDocument());
  });

  /** The account in use and one more to switch to, "Staging team". */
  const withStagingTeam = () =>
    replyWith('accounts.list', () =>
      ok({
        accounts: [
          { ...sampleAccount, active: true },
          { id: 'account-2', name: 'Staging team', kind: 'token', storage: 'keychain', email: 'ops@example.com', status: 'ok', active: false },
        ],
        activeId: sampleAccount.id,
        keychain: { available: true },
      }),
    );

  it('switches to another account with the existing switch', async () => {
    withStagingTeam();
    replyWith('accounts.switch', () => ok(activeAccount));
    const { user } = renderApp('/droplets');
    const { palette, input } = await openPalette(user);
    await user.type(input, 'staging team');
    const group = await within(palette).findByRole('group', { name: 'Switch account' });
    // The account in use is not offered.
    expect(within(group).getAllByRole('option')).toHaveLength(1);
    await user.keyboard('{Enter}');
    await waitFor(() => expect(bridge['accounts.switch']).toHaveBeenCalledExactlyOnceWith({ id: 'account-2' }));
  });

  it('says so in the sidebar when a switch from the palette fails, since the palette has closed', async () => {
    withStagingTeam();
    replyWith('accounts.switch', () => fail({ kind: 'unauthorized', message: 'Unable to authenticate you.', status: 401 }));
    const { user } = renderApp('/droplets');
    const { palette, input } = await openPalette(user);
    await user.type(input, 'staging team');
    await within(palette).findByRole('group', { name: 'Switch account' });
    await user.keyboard('{Enter}');
    const alert = await screen.findByRole('alert', {}, appears);
    expect(alert).toHaveTextContent("Couldn't switch to Staging team. Unable to authenticate you.");
    await user.click(within(alert).getByRole('button', { name: 'Dismiss' }));
    await waitFor(() => expect(screen.queryByRole('alert')).not.toBeInTheDocument());
  });

  it("runs the open droplet's action through the pane's own confirmation, and shows unavailable ones with the reason", async () => {
    const { user } = renderApp('/droplets?droplet=3001');
    const pane = await screen.findByRole('complementary', { name: 'Droplet web-prod-01' }, appears);
    await within(pane).findByRole('region', { name: 'Networking' }, appears);
    const { palette, input } = await openPalette(user);

    const actions = within(palette).getByRole('group', { name: 'Actions on web-prod-01' });
    const powerOn = within(actions).getByRole('option', { name: /Power on/ });
    expect(powerOn).toHaveAttribute('aria-disabled', 'true');
    expect(powerOn).toHaveTextContent('The droplet is already on.');

    await user.type(input, 'reboot');
    expect(options(palette)[0]).toHaveTextContent('Reboot');
    await user.keyboard('{Enter}');
    const dialog = await screen.findByRole('dialog', { name: 'Reboot web-prod-01?' }, appears);
    expect(bridge['droplets.runAction']).not.toHaveBeenCalled();
    await user.click(within(dialog).getByRole('button', { name: 'Reboot' }));
    await waitFor(() => expect(bridge['droplets.runAction']).toHaveBeenCalledTimes(1));
    expect(bridge['droplets.runAction']).toHaveBeenCalledWith({ id: 3001, action: { type: 'reboot' } });
  });

  it('does nothing on Enter for an unavailable action', async () => {
    const { user } = renderApp('/droplets?droplet=3001');
    const pane = await screen.findByRole('complementary', { name: 'Droplet web-prod-01' }, appears);
    await within(pane).findByRole('region', { name: 'Networking' }, appears);
    const { palette, input } = await openPalette(user);
    await user.type(input, 'power on');
    expect(options(palette)[0]).toHaveAttribute('aria-disabled', 'true');
    await user.keyboard('{Enter}');
    expect(screen.getByRole('dialog', { name: 'Command palette' })).toBeInTheDocument();
    expect(bridge['droplets.runAction']).not.toHaveBeenCalled();
  });

  it("runs a bulk action on the selected droplets through the bulk bar's confirmation", async () => {
    const { user } = renderApp('/droplets');
    await user.click(await screen.findByRole('checkbox', { name: 'Select web-prod-01' }, appears));
    await user.click(screen.getByRole('checkbox', { name: 'Select db-primary' }));
    const { palette, input } = await openPalette(user);
    expect(within(palette).getByRole('group', { name: 'Actions on the 2 selected droplets' })).toBeInTheDocument();
    await user.type(input, 'reboot');
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('dialog', { name: 'Reboot 2 droplets?' }, appears)).toBeInTheDocument();
    expect(bridge['droplets.runAction']).not.toHaveBeenCalled();
  });

  it('opens from the app menu', async () => {
    renderApp('/droplets');
    await screen.findByRole('grid', { name: 'Droplets' }, appears);
    act(() => emit('app.openPalette', {}));
    expect(await screen.findByRole('dialog', { name: 'Command palette' })).toBeInTheDocument();
  });
});

describe('keyboard shortcuts', () => {
  it('/ focuses the screen search, but is typed as a character inside a field', async () => {
    const { user } = renderApp('/droplets');
    await screen.findByRole('grid', { name: 'Droplets' }, appears);
    const search = screen.getByRole('searchbox', { name: 'Search droplets' });
    await user.keyboard('/');
    expect(search).toHaveFocus();
    await user.keyboard('a/b');
    expect(search).toHaveValue('a/b');
  });

  it('? lists every shortcut from the one table', async () => {
    const { user } = renderApp('/droplets');
    await screen.findByRole('grid', { name: 'Droplets' }, appears);
    await user.keyboard('?');
    const dialog = await screen.findByRole('dialog', { name: 'Keyboard shortcuts' });
    expect(within(dialog).getByText(/Open the command palette/)).toBeInTheDocument();
    expect(within(dialog).getByText(/Clear the selection/)).toBeInTheDocument();
    // Ctrl+K gives the list of shortcuts way to the palette.
    await user.keyboard('{Control>}k{/Control}');
    expect(await screen.findByRole('dialog', { name: 'Command palette' })).toBeInTheDocument();
    expect(screen.queryByRole('dialog', { name: 'Keyboard shortcuts' })).not.toBeInTheDocument();
  });

  it('Escape in the list clears the selection first, then closes the pane', async () => {
    const { user } = renderApp('/droplets?droplet=3001');
    await screen.findByRole('complementary', { name: 'Droplet web-prod-01' }, appears);
    const check = await screen.findByRole('checkbox', { name: 'Select db-primary' }, appears);
    await user.click(check);
    expect(check).toBeChecked();
    screen.getByRole('grid', { name: 'Droplets' }).focus();
    await user.keyboard('{Escape}');
    expect(check).not.toBeChecked();
    expect(window.location.hash).toBe('#/droplets?droplet=3001');
    await user.keyboard('{Escape}');
    expect(window.location.hash).toBe('#/droplets');
  });

  it('a click on the IP address opens the droplet; its copy button only copies', async () => {
    const { user } = renderApp('/droplets');
    const row = await screen.findByRole('row', { name: /db-primary/ }, appears);
    await user.click(within(row).getByRole('button', { name: 'Copy IP address' }));
    expect(window.location.hash).toBe('#/droplets');
    await user.click(within(row).getByText('203.0.113.20'));
    expect(window.location.hash).toBe('#/droplets?droplet=3002');
  });
});
