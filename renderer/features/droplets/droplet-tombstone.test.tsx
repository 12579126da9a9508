import { act, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ActionSettled } from '../../../shared/action-types';
import type { Action } from '../../../shared/do-types';
import { fail, ok } from '../../../shared/result';
import { bridge, emit, replyWith } from '../../testing/fake-bridge';
import { sampleDroplet, sampleDropletRow } from '../../testing/droplet-samples';
import { flushSettles } from '../../testing/manual-settle-window';
import { renderApp } from '../../testing/render-app';
import { setUpRendererTests } from '../../testing/renderer-test-setup';
import { openAction, openPane, slow } from './droplet-action-test-helpers';

vi.mock('../../bridge', () => import('../../testing/fake-bridge'));
vi.mock('../../resources/settle-window', () => import('../../testing/manual-settle-window'));

setUpRendererTests();

/** How long a lazily loaded pane may take to appear when the machine is busy (CI shares two cores). */
const appears = { timeout: 15_000 };

const notFound = fail({ kind: 'not_found', message: 'The resource you were accessing could not be found.', status: 404 });

const otherRow = { ...sampleDropletRow, id: 3002, name: 'web-prod-02' };

const reboot: Action = { id: 51, status: 'completed', type: 'reboot', started_at: '2026-12-01T10:00:00Z', completed_at: '2026-12-01T10:00:40Z', resource_id: sampleDroplet.id, resource_type: 'droplet' } as Action;

const settled = (id: number): ActionSettled =>
  ({
    action: { key: `action:9${id}`, kind: 'action', id: 9, type: 'power_off', status: 'completed' },
    outcome: 'completed',
    durationMs: 12_000,
    resource: { type: 'droplet', id, name: 'web-prod-01' },
    startedByUser: true,
  }) as unknown as ActionSettled;

/** Every control of the tombstone is unavailable, and says why. */
const expectAllUnavailable = (pane: HTMLElement) => {
  const actions = within(pane).getByRole('group', { name: 'Droplet actions' });
  const buttons = within(actions).getAllByRole('button');
  expect(buttons.map((button) => button.textContent)).toEqual(['Power on', 'Power off', 'More actions']);
  for (const button of buttons) {
    expect(button).toHaveAttribute('aria-disabled', 'true');
    expect(button).toHaveAccessibleDescription(/was deleted: DigitalOcean no longer has it/);
  }
};

beforeEach(() => {
  replyWith('droplets.list', () => ok([sampleDropletRow, otherRow]));
  replyWith('droplets.actions', () => ok([reboot]));
});

describe('DropletTombstone', () => {
  it('replaces the open pane when a settle finds the droplet gone, and takes its row out of the list', async () => {
    const { user } = renderApp(`/droplets?droplet=${sampleDroplet.id}`);
    const pane = await screen.findByRole('complementary', { name: `Droplet ${sampleDroplet.name}` }, appears);
    await user.click(within(pane).getByRole('tab', { name: 'History' }));
    await within(pane).findByText('Reboot');
    expect(screen.getByText('2 droplets')).toBeInTheDocument();
    replyWith('droplets.get', () => notFound);

    act(() => {
      emit('actions.settled', settled(sampleDroplet.id));
      flushSettles();
    });

    const tombstone = await screen.findByText(/^Deleted — found gone at /);
    const gonePane = tombstone.closest('aside') as HTMLElement;
    expect(gonePane).toHaveAccessibleName(`Droplet ${sampleDroplet.name}`);
    expect(gonePane).toHaveTextContent(`ID ${sampleDroplet.id}`);
    expectAllUnavailable(gonePane);
    // Its history as last loaded: asking DigitalOcean again would only answer 404.
    expect(within(gonePane).getByText('Reboot')).toBeInTheDocument();
    expect(await screen.findByText('1 droplet')).toBeInTheDocument();
    expect(bridge['droplets.list']).toHaveBeenCalledTimes(1);
  }, slow);

  it('is what a link to a droplet DigitalOcean no longer has opens', async () => {
    replyWith('droplets.get', () => notFound);
    renderApp('/droplets?droplet=77');
    const pane = (await screen.findByText(/^Deleted — found gone at /)).closest('aside') as HTMLElement;
    expect(pane).toHaveAccessibleName('Droplet Droplet 77');
    expect(pane).toHaveTextContent('No history of this droplet was loaded before it was deleted.');
    expectAllUnavailable(pane);
  }, slow);

  it('replaces the pane when an action is refused because the droplet is gone', async () => {
    replyWith('droplets.get', () => ok({ ...sampleDroplet, status: 'off' }));
    const { user } = renderApp(`/droplets?droplet=${sampleDroplet.id}`);
    const pane = await screen.findByRole('complementary', { name: `Droplet ${sampleDroplet.name}` }, appears);
    const powerOn = within(pane).getByRole('button', { name: 'Power on' });
    await waitFor(() => expect(powerOn).not.toHaveAttribute('aria-disabled'));
    replyWith('droplets.runAction', () => notFound);
    replyWith('droplets.get', () => notFound);

    await user.click(powerOn);

    await screen.findByText(/^Deleted — found gone at /);
    expectAllUnavailable(screen.getByRole('complementary', { name: `Droplet ${sampleDroplet.name}` }));
    expect(await screen.findByText('1 droplet')).toBeInTheDocument();
  }, slow);

  it('is what a link to a droplet deleted here opens, without asking DigitalOcean again', async () => {
    const { user, pane } = await openPane();
    const dialog = await openAction(user, pane, 'Delete…', 'Delete web-prod-01?');
    await user.type(within(dialog).getByRole('textbox', { name: 'Type web-prod-01 to confirm' }), 'web-prod-01');
    await user.click(within(dialog).getByRole('button', { name: 'Delete droplet' }));
    expect(await screen.findByText('1 droplet', {}, appears)).toBeInTheDocument();
    const asked = bridge['droplets.get'].mock.calls.length;

    // What Activity's link to it does.
    act(() => {
      window.location.hash = `#/droplets?droplet=${sampleDroplet.id}`;
    });

    const gonePane = (await screen.findByText(/^Deleted — found gone at /, {}, appears)).closest('aside') as HTMLElement;
    expect(gonePane).toHaveAccessibleName(`Droplet ${sampleDroplet.name}`);
    expectAllUnavailable(gonePane);
    expect(bridge['droplets.get']).toHaveBeenCalledTimes(asked);
    expect(bridge['droplets.list']).toHaveBeenCalledTimes(1);
  }, slow);
});
