import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DropletRow } from '../../../shared/droplet-types';
import { fail, ok } from '../../../shared/result';
import { bridge, replyWith } from '../../testing/fake-bridge';
import { sampleDroplet, sampleDropletRow, sampleStartedAction } from '../../testing/droplet-samples';
import { setUpRendererTests } from '../../testing/renderer-test-setup';
import { openMenu, openPane, slow } from './droplet-action-test-helpers';

vi.mock('../../bridge', () => import('../../testing/fake-bridge'));

const offRow: DropletRow = { ...sampleDropletRow, id: 3003, name: 'staging-api', status: 'off', backupsEnabled: false, ipv6Enabled: false, features: [] };
const offDroplet = { ...sampleDroplet, id: 3003, name: 'staging-api', status: 'off' as const, features: [] };

setUpRendererTests();

beforeEach(() => {
  replyWith('droplets.list', () => ok([sampleDropletRow, offRow]));
  replyWith('droplets.get', () => ok(sampleDroplet));
});

afterEach(() => {
  vi.useRealTimers();
});

// A whole-app render with a lazily loaded pane: slow on a busy machine, never slow to fail on a wrong answer.
vi.setConfig({ testTimeout: slow });

const actionButton = (pane: HTMLElement, name: string) => within(pane).getByRole('button', { name });

describe('droplet actions: what cannot work now', () => {
  it('says why power on, enable backups and enable IPv6 are unavailable on a running droplet with both', async () => {
    const { user, pane } = await openPane();
    const powerOn = actionButton(pane, 'Power on');
    expect(powerOn).toHaveAttribute('aria-disabled', 'true');
    expect(powerOn).toHaveAccessibleDescription('The droplet is already on.');
    await user.click(powerOn);
    expect(actionButton(pane, 'Power off')).not.toHaveAttribute('aria-disabled');

    const menu = await openMenu(user, pane);
    const enableBackups = within(menu).getByRole('menuitem', { name: 'Enable backups…' });
    expect(enableBackups).toHaveAttribute('aria-disabled', 'true');
    expect(enableBackups).toHaveAccessibleDescription('Backups are already on.');
    expect(within(menu).getByRole('menuitem', { name: 'Enable IPv6' })).toHaveAccessibleDescription(/already on/);
    expect(within(menu).getByRole('menuitem', { name: 'Disable backups' })).not.toHaveAttribute('aria-disabled');
    expect(bridge['droplets.runAction']).not.toHaveBeenCalled();
  });

  it('says why the power-down actions are unavailable on a droplet that is off', async () => {
    replyWith('droplets.get', () => ok(offDroplet));
    const { user, pane } = await openPane(offRow.id, offRow.name);
    expect(actionButton(pane, 'Power off')).toHaveAccessibleDescription('The droplet is already off.');
    expect(actionButton(pane, 'Power on')).not.toHaveAttribute('aria-disabled');
    const menu = await openMenu(user, pane);
    expect(within(menu).getByRole('menuitem', { name: 'Shut down' })).toHaveAccessibleDescription('The droplet is already off.');
    expect(within(menu).getByRole('menuitem', { name: 'Reboot' })).toHaveAccessibleDescription('The droplet is off: power it on instead.');
  });

  it('refuses everything while the droplet is locked', async () => {
    replyWith('droplets.get', () => ok({ ...sampleDroplet, locked: true }));
    const { user, pane } = await openPane();
    await waitFor(() => expect(actionButton(pane, 'Power off')).toHaveAccessibleDescription(/locked/));
    const menu = await openMenu(user, pane);
    for (const item of within(menu).getAllByRole('menuitem')) expect(item).toHaveAttribute('aria-disabled', 'true');
    expect(within(menu).getByRole('menuitem', { name: 'Delete…' })).toHaveAccessibleDescription(/locked/);
  });

  it('refuses everything while the tracker follows an action on it', async () => {
    replyWith('actions.tracked', () => ok([sampleStartedAction.tracked!]));
    const { pane } = await openPane();
    await waitFor(() => expect(actionButton(pane, 'Power off')).toHaveAccessibleDescription(/action is running/));
  });
});

describe('droplet actions: starting one', () => {
  it('warns that power off pulls the plug, offers Shut down, and sends one power_off', async () => {
    const { user, pane } = await openPane();
    const trackedCalls = bridge['actions.tracked'].mock.calls.length;
    replyWith('actions.tracked', () => ok([sampleStartedAction.tracked!]));
    await user.click(actionButton(pane, 'Power off'));
    const dialog = await screen.findByRole('dialog', { name: 'Power off web-prod-01?' });
    expect(dialog).toHaveTextContent('like pulling the plug');
    expect(within(dialog).getByRole('button', { name: 'Shut down instead' })).toBeInTheDocument();

    await user.dblClick(within(dialog).getByRole('button', { name: 'Power off' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(bridge['droplets.runAction']).toHaveBeenCalledTimes(1);
    expect(bridge['droplets.runAction']).toHaveBeenCalledWith({ id: sampleDroplet.id, action: { type: 'power_off' } });
    expect(bridge['actions.tracked'].mock.calls.length).toBeGreaterThan(trackedCalls);
    await waitFor(() => expect(actionButton(pane, 'Power off')).toHaveAccessibleDescription(/action is running/));
    expect(actionButton(pane, 'More actions')).toHaveFocus();
  });

  it('checks a new name as it is typed and sends nothing while it is invalid', async () => {
    const { user, pane } = await openPane();
    await user.click(within(await openMenu(user, pane)).getByRole('menuitem', { name: 'Rename…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Rename web-prod-01' });
    const field = within(dialog).getByRole('textbox', { name: 'New name' });
    const rename = within(dialog).getByRole('button', { name: 'Rename' });
    expect(field).toHaveValue('web-prod-01');
    expect(rename).toHaveAccessibleDescription('That is already its name.');

    await user.clear(field);
    await user.type(field, 'web prod');
    expect(field).toHaveAccessibleDescription(/Use only letters/);
    expect(rename).toHaveAttribute('aria-disabled', 'true');
    expect(rename).toHaveAccessibleDescription(/Use only letters/);
    await user.click(rename);
    await user.type(field, '{Enter}');
    await user.clear(field);
    await user.type(field, 'web-');
    expect(field).toHaveAccessibleDescription(/End the name with a letter or a digit/);
    await user.click(rename);
    await user.clear(field);
    await user.type(field, '-leading-dash');
    expect(field).toHaveAccessibleDescription(/Start the name with a letter or a digit/);
    await user.click(rename);
    await user.clear(field);
    await user.type(field, 'x'.repeat(70));
    expect(field).toHaveAccessibleDescription(/at most 63 characters/);
    await user.click(rename);
    expect(bridge['droplets.runAction']).not.toHaveBeenCalled();
    await user.clear(field);
    await user.type(field, 'web-');

    await user.type(field, '02');
    expect(field).not.toHaveAttribute('aria-invalid');
    await user.click(rename);
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(bridge['droplets.runAction']).toHaveBeenCalledTimes(1);
    expect(bridge['droplets.runAction']).toHaveBeenCalledWith({ id: sampleDroplet.id, action: { type: 'rename', name: 'web-02' } });
  });

  it('names a snapshot after the droplet and today, and bounds its time by the disk, saying it is an upper bound', async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: new Date(2026, 10, 22, 10, 0) });
    const { user, pane } = await openPane();
    await user.click(within(await openMenu(user, pane)).getByRole('menuitem', { name: 'Take snapshot…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Take a snapshot of web-prod-01' });
    expect(within(dialog).getByRole('textbox', { name: 'Snapshot name' })).toHaveValue('web-prod-01-2026-11-22');
    expect(dialog).toHaveTextContent('The droplet keeps running');
    expect(dialog).toHaveTextContent('At most about 2 h 40 min for its 80 GB disk (an upper bound: a snapshot copies only the data the disk holds');
    await user.click(within(dialog).getByRole('button', { name: 'Take snapshot' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(bridge['droplets.runAction']).toHaveBeenCalledWith({ id: sampleDroplet.id, action: { type: 'snapshot', name: 'web-prod-01-2026-11-22' } });
  });

  it('says an off droplet stays off while its snapshot is taken, not that it keeps running', async () => {
    replyWith('droplets.get', () => ok(offDroplet));
    replyWith('droplets.list', () => ok([sampleDropletRow, offRow]));
    const { user, pane } = await openPane(offRow.id, offRow.name);
    await user.click(within(await openMenu(user, pane)).getByRole('menuitem', { name: 'Take snapshot…' }));
    const dialog = await screen.findByRole('dialog', { name: `Take a snapshot of ${offRow.name}` });
    expect(dialog).toHaveTextContent('The droplet is off and stays off while the snapshot is taken');
    expect(dialog).not.toHaveTextContent('keeps running');
  });

  it('warns before disabling backups and before enabling IPv6', async () => {
    replyWith('droplets.get', () => ok(offDroplet));
    replyWith('droplets.list', () => ok([sampleDropletRow, { ...offRow, backupsEnabled: true }]));
    const { user, pane } = await openPane(offRow.id, offRow.name);
    await user.click(within(await openMenu(user, pane)).getByRole('menuitem', { name: 'Enable IPv6' }));
    expect(await screen.findByRole('dialog', { name: 'Enable IPv6 for staging-api?' })).toHaveTextContent('cannot be undone');
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    await user.click(within(await openMenu(user, pane)).getByRole('menuitem', { name: 'Reset root password' }));
    expect(await screen.findByRole('dialog')).toHaveTextContent(/emails a new root password.*change it when you first log in/);
    expect(bridge['droplets.runAction']).not.toHaveBeenCalled();
  });

  it('shows DigitalOcean’s refusal with its request id, keeping what was typed', async () => {
    replyWith('droplets.runAction', () => fail({ kind: 'conflict', message: 'Droplet already has a pending event.', requestId: 'r-1' }));
    const { user, pane } = await openPane();
    await user.click(within(await openMenu(user, pane)).getByRole('menuitem', { name: 'Rename…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Rename web-prod-01' });
    const field = within(dialog).getByRole('textbox', { name: 'New name' });
    await user.clear(field);
    await user.type(field, 'web-renamed{Enter}');
    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('Droplet already has a pending event.');
    expect(alert).toHaveTextContent('Request ID r-1');
    expect(field).toHaveValue('web-renamed');
    expect(bridge['droplets.runAction']).toHaveBeenCalledTimes(1);
  });
});

describe('deleting a droplet', () => {
  it('needs the name typed exactly, then closes the pane and drops the row', async () => {
    const { user, pane } = await openPane();
    await user.click(within(await openMenu(user, pane)).getByRole('menuitem', { name: 'Delete…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete web-prod-01?' });
    expect(dialog).toHaveTextContent('permanent');
    const field = within(dialog).getByRole('textbox', { name: 'Type web-prod-01 to confirm' });
    const remove = within(dialog).getByRole('button', { name: 'Delete droplet' });
    await user.type(field, 'web-prod-0');
    expect(remove).toHaveAccessibleDescription('Type web-prod-01 to confirm.');
    await user.click(remove);
    await user.type(field, 'l');
    await user.click(remove);
    expect(bridge['droplets.delete']).not.toHaveBeenCalled();

    await user.clear(field);
    await user.type(field, 'web-prod-01');
    replyWith('droplets.list', () => ok([offRow]));
    await user.click(remove);
    await waitFor(() => expect(screen.queryByRole('complementary', { name: 'Droplet web-prod-01' })).not.toBeInTheDocument());
    expect(bridge['droplets.delete']).toHaveBeenCalledTimes(1);
    expect(bridge['droplets.delete']).toHaveBeenCalledWith({ id: sampleDroplet.id });
    const grid = screen.getByRole('grid', { name: 'Droplets' });
    await waitFor(() => expect(within(grid).queryByText('web-prod-01')).not.toBeInTheDocument());
    expect(window.location.hash).not.toMatch(/droplet=/);
    await waitFor(() => expect(grid).toHaveFocus());
  });
});
