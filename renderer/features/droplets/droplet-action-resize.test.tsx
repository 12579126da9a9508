import { act, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Action } from '../../../shared/do-types';
import { fail, ok } from '../../../shared/result';
import { bridge, emit, replyWith } from '../../testing/fake-bridge';
import { sampleDroplet, sampleDropletRow, sampleStartedAction } from '../../testing/droplet-samples';
import { setUpRendererTests } from '../../testing/renderer-test-setup';
import { openAction, openPane, size, slow } from './droplet-action-test-helpers';
import { resizeFlows } from './resize-flow-store';

vi.mock('../../bridge', () => import('../../testing/fake-bridge'));

const offDroplet = { ...sampleDroplet, status: 'off' as const };
const sizes = [
  size('s-1vcpu-2gb', { vcpus: 1, memory: 2048, disk: 50, price_monthly: 12 }),
  size('s-2vcpu-4gb'),
  size('s-4vcpu-8gb', { vcpus: 4, memory: 8192, disk: 160, price_monthly: 48 }),
  size('s-8vcpu-16gb', { vcpus: 8, memory: 16384, disk: 320, price_monthly: 96, regions: ['fra1'] }),
  size('c-4', { vcpus: 4, memory: 8192, disk: 100, price_monthly: 84, available: false }),
  size('g-2vcpu-8gb', { vcpus: 2, memory: 8192, disk: 100, price_monthly: 63 }),
];

const powerOff = (status: Action['status']): Action => ({ ...sampleStartedAction.action, status });

setUpRendererTests();

beforeEach(() => {
  resizeFlows.reset();
  replyWith('droplets.list', () => ok([sampleDropletRow]));
  replyWith('droplets.get', () => ok(sampleDroplet));
  replyWith('catalog.sizes', () => ok(sizes));
});

const sentTypes = () => (bridge['droplets.runAction'].mock.calls as unknown as [{ action: { type: string } }][]).map(([request]) => request.action.type);

describe('resizing a droplet that is off', () => {
  it('offers the sizes of its region with their price, no smaller disk, and sends one resize', async () => {
    replyWith('droplets.get', () => ok(offDroplet));
    const { user, pane } = await openPane();
    const dialog = await openAction(user, pane, 'Resize…', 'Resize web-prod-01');
    expect(dialog).toHaveTextContent('Current size: s-2vcpu-4gb, 2 vCPU · 4 GB · 80 GB disk · $24.00/month.');
    const select = within(dialog).getByRole('combobox', { name: 'New size' });
    await waitFor(() => expect(within(select).getAllByRole('option')).toHaveLength(3));
    const labels = within(select).getAllByRole('option').map((option) => option.textContent);
    expect(labels.slice(1)).toEqual(['s-4vcpu-8gb: 4 vCPU · 8 GB · 160 GB disk · $48.00/month', 'g-2vcpu-8gb: 2 vCPU · 8 GB · 100 GB disk · $63.00/month']);

    const resize = within(dialog).getByRole('button', { name: 'Resize' });
    expect(resize).toHaveAccessibleDescription('Choose a size.');
    await user.click(resize);
    expect(bridge['droplets.runAction']).not.toHaveBeenCalled();

    await user.selectOptions(select, 's-4vcpu-8gb');
    await user.click(within(dialog).getByRole('radio', { name: /CPU, RAM and disk \(permanent/ }));
    expect(dialog).toHaveTextContent('can never be resized to a size with a smaller disk again');
    await user.dblClick(within(dialog).getByRole('button', { name: 'Resize' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(bridge['droplets.runAction']).toHaveBeenCalledTimes(1);
    expect(bridge['droplets.runAction']).toHaveBeenCalledWith({ id: sampleDroplet.id, action: { type: 'resize', size: 's-4vcpu-8gb', disk: true } });
  }, slow);

  it('shows DigitalOcean’s refusal and keeps the choice', async () => {
    replyWith('droplets.get', () => ok(offDroplet));
    replyWith('droplets.runAction', () => fail({ kind: 'validation', status: 422, message: 'Size s-4vcpu-8gb is not available in region nyc3.', requestId: 'r-9' }));
    const { user, pane } = await openPane();
    const dialog = await openAction(user, pane, 'Resize…', 'Resize web-prod-01');
    const select = within(dialog).getByRole('combobox', { name: 'New size' });
    await waitFor(() => expect(within(select).getAllByRole('option')).toHaveLength(3));
    await user.selectOptions(select, 's-4vcpu-8gb');
    await user.click(within(dialog).getByRole('button', { name: 'Resize' }));
    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('Size s-4vcpu-8gb is not available in region nyc3.');
    expect(alert).toHaveTextContent('Request ID r-9');
    expect(select).toHaveValue('s-4vcpu-8gb');
    expect(within(dialog).getByRole('radio', { name: /CPU and RAM only/ })).toBeChecked();
    expect(bridge['droplets.runAction']).toHaveBeenCalledTimes(1);
  }, slow);
});

describe('power off, then resize', () => {
  const start = async () => {
    replyWith('droplets.actions', () => ok([powerOff('in-progress')]));
    const rendered = await openPane();
    const dialog = await openAction(rendered.user, rendered.pane, 'Resize…', 'Resize web-prod-01');
    const select = within(dialog).getByRole('combobox', { name: 'New size' });
    await waitFor(() => expect(within(select).getAllByRole('option')).toHaveLength(3));
    await rendered.user.selectOptions(select, 's-4vcpu-8gb');
    expect(dialog).toHaveTextContent('The droplet is on. It will be powered off');
    replyWith('actions.tracked', () => ok([sampleStartedAction.tracked!]));
    await rendered.user.click(within(dialog).getByRole('button', { name: 'Power off, then resize' }));
    return { ...rendered, dialog };
  };

  const settle = (outcome: 'completed' | 'errored') => {
    replyWith('actions.tracked', () => ok([]));
    replyWith('droplets.actions', () => ok([powerOff(outcome)]));
    if (outcome === 'completed') replyWith('droplets.get', () => ok(offDroplet));
    const { tracked } = sampleStartedAction;
    act(() =>
      emit('actions.settled', {
        action: { ...tracked!, status: outcome, completedAt: '2026-11-22T09:00:08Z' },
        outcome,
        durationMs: 8000,
        resource: tracked!.resource,
        startedByUser: true,
      }),
    );
  };

  it('sends the resize once, only after the power-off completed and the droplet is off, even with the dialog closed', async () => {
    const { user, dialog, pane } = await start();
    expect(await within(dialog).findByRole('status')).toHaveTextContent('Step 1 of 2: powering off, then resizing to s-4vcpu-8gb');
    expect(sentTypes()).toEqual(['power_off']);
    await user.click(within(dialog).getByRole('button', { name: 'Continue in the background' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(within(pane).getByText(/Step 1 of 2: powering off/)).toHaveAttribute('role', 'status');
    await waitFor(() => expect(bridge['droplets.actions']).toHaveBeenCalled());
    expect(sentTypes()).toEqual(['power_off']);

    settle('completed');
    await waitFor(() => expect(sentTypes()).toEqual(['power_off', 'resize']));
    expect(bridge['droplets.runAction']).toHaveBeenLastCalledWith({ id: sampleDroplet.id, action: { type: 'resize', size: 's-4vcpu-8gb', disk: false } });
    await waitFor(() => expect(within(pane).queryByText(/Step \d of 2/)).not.toBeInTheDocument());
    settle('completed');
    await waitFor(() => expect(bridge['droplets.get'].mock.calls.length).toBeGreaterThan(3));
    expect(sentTypes()).toEqual(['power_off', 'resize']);
  }, slow);

  it('stops and says so when the power-off fails', async () => {
    const { dialog } = await start();
    await within(dialog).findByRole('status');
    settle('errored');
    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent("Couldn't power off the droplet, so it was not resized");
    expect(alert).toHaveTextContent('DigitalOcean reported the power-off as failed');
    expect(sentTypes()).toEqual(['power_off']);
  }, slow);

  it('sends no resize when DigitalOcean refuses the power-off', async () => {
    replyWith('droplets.runAction', () => fail({ kind: 'conflict', status: 422, message: 'Droplet already has a pending event.', requestId: 'r-2' }));
    const { dialog } = await start();
    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent("Couldn't power off the droplet, so it was not resized");
    expect(alert).toHaveTextContent('Droplet already has a pending event.');
    expect(within(dialog).getByRole('combobox', { name: 'New size' })).toHaveValue('s-4vcpu-8gb');
    expect(sentTypes()).toEqual(['power_off']);
  }, slow);
});
