import { act, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { PanelError } from '../../../shared/result';
import { fail, ok } from '../../../shared/result';
import type { Workflow, WorkflowStepStatus } from '../../../shared/workflow-types';
import { bridge, emit, replyWith } from '../../testing/fake-bridge';
import { putWorkflow, sampleWorkflow } from '../../testing/fake-workflows';
import { sampleDroplet, sampleDropletRow } from '../../testing/droplet-samples';
import { setUpRendererTests } from '../../testing/renderer-test-setup';
import { openAction, openMenu, openPane, size, slow } from './droplet-action-test-helpers';

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

setUpRendererTests();

beforeEach(() => {
  replyWith('droplets.list', () => ok([sampleDropletRow]));
  replyWith('droplets.get', () => ok(sampleDroplet));
  replyWith('catalog.sizes', () => ok(sizes));
});

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
  type Steps = [WorkflowStepStatus, WorkflowStepStatus, WorkflowStepStatus];

  /** The flow as the main side reports it: the status of its three steps, and the error of the failed one. */
  const flow = (status: Workflow['status'], [powerOff, waitOff, resize]: Steps, error?: PanelError, stop: 'power_off' | 'shutdown' = 'power_off'): Workflow =>
    sampleWorkflow({
      id: 'workflow-resize',
      kind: 'resize-after-power-off',
      resource: { type: 'droplet', ids: [sampleDroplet.id] },
      plan: { size: 's-4vcpu-8gb', disk: false, stop },
      status,
      steps: [
        { name: stop === 'shutdown' ? 'shutdown' : 'power-off', status: powerOff, ...(powerOff === 'failed' ? { error } : {}) },
        { name: 'wait-off', status: waitOff, ...(waitOff === 'failed' ? { error } : {}) },
        { name: 'resize', status: resize, ...(resize === 'failed' ? { error } : {}) },
      ],
    });

  /** The main side moved the flow on: what it lists changes, and it says so. */
  const moveTo = (workflow: Workflow) => {
    putWorkflow(workflow);
    act(() => emit('workflows.changed', workflow));
  };

  /** Opens the dialog and starts the flow; the main side answers with `first` (or as a test scripted it). */
  const start = async (first?: Workflow, stop: 'power_off' | 'shutdown' = 'power_off') => {
    if (first) replyWith('workflows.start', () => ok(putWorkflow(first)));
    const rendered = await openPane();
    const dialog = await openAction(rendered.user, rendered.pane, 'Resize…', 'Resize web-prod-01');
    const select = within(dialog).getByRole('combobox', { name: 'New size' });
    await waitFor(() => expect(within(select).getAllByRole('option')).toHaveLength(3));
    await rendered.user.selectOptions(select, 's-4vcpu-8gb');
    // A clean shutdown is offered first; the hard cut is one choice away.
    expect(within(dialog).getByRole('radio', { name: /Shut down cleanly/ })).toBeChecked();
    if (stop === 'power_off') await rendered.user.click(within(dialog).getByRole('radio', { name: /Power off: a hard power cut/ }));
    await rendered.user.click(within(dialog).getByRole('button', { name: stop === 'shutdown' ? 'Shut down, then resize' : 'Power off, then resize' }));
    return { ...rendered, dialog };
  };

  it('hands the flow to the main side once and shows where it is, in the pane too once the dialog is closed', async () => {
    const { user, dialog, pane } = await start(flow('running', ['running', 'pending', 'pending']));
    expect(await within(dialog).findByRole('status')).toHaveTextContent('Powering off, then resizing to s-4vcpu-8gb.');
    expect(bridge['workflows.start']).toHaveBeenCalledTimes(1);
    expect(bridge['workflows.start']).toHaveBeenCalledWith({ kind: 'resize-after-power-off', id: sampleDroplet.id, size: 's-4vcpu-8gb', disk: false, stop: 'power_off' });
    expect(bridge['droplets.runAction']).not.toHaveBeenCalled();

    await user.click(within(dialog).getByRole('button', { name: 'Continue in the background' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(within(pane).getByText(/Powering off, then resizing/)).toHaveAttribute('role', 'status');
    const menu = await openMenu(user, pane);
    const resize = within(menu).getByRole('menuitem', { name: /Resize/ });
    expect(resize).toHaveAttribute('aria-disabled', 'true');
    expect(resize).toHaveTextContent('A resize is already under way.');
    await user.keyboard('{Escape}');

    moveTo(flow('running', ['done', 'done', 'running']));
    expect(await within(pane).findByText('Last step: the droplet is off; sending the resize to s-4vcpu-8gb.')).toHaveAttribute('role', 'status');
    moveTo(flow('done', ['done', 'done', 'done']));
    await waitFor(() => expect(within(pane).queryByText(/then resizing|Last step/)).not.toBeInTheDocument());
    expect(bridge['workflows.start']).toHaveBeenCalledTimes(1);
    expect(bridge['droplets.runAction']).not.toHaveBeenCalled();
  }, slow);

  it('closes the dialog once the flow it started has sent the resize', async () => {
    await start(flow('running', ['running', 'pending', 'pending']));
    moveTo(flow('done', ['done', 'done', 'done']));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  }, slow);

  it('stops and says so when the power-off fails, until dismissed', async () => {
    const { dialog, user } = await start(flow('running', ['done', 'running', 'pending']));
    await within(dialog).findByRole('status');
    moveTo(flow('failed', ['done', 'failed', 'skipped'], { kind: 'server', message: 'DigitalOcean reported the power-off as failed. The droplet keeps its size.' }));
    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent("Couldn't power off the droplet, so it was not resized");
    expect(alert).toHaveTextContent('DigitalOcean reported the power-off as failed');
    await user.click(within(dialog).getByRole('button', { name: 'Dismiss' }));
    await waitFor(() => expect(within(dialog).queryByRole('alert')).not.toBeInTheDocument());
    expect(bridge['workflows.dismiss']).toHaveBeenCalledWith({ id: 'workflow-resize' });
  }, slow);

  it('shows DigitalOcean’s refusal of the power-off and keeps the choice', async () => {
    const refused: PanelError = { kind: 'conflict', status: 422, message: 'Droplet already has a pending event.', requestId: 'r-2' };
    const { dialog } = await start(flow('failed', ['failed', 'skipped', 'skipped'], refused));
    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent("Couldn't power off the droplet, so it was not resized");
    expect(alert).toHaveTextContent('Droplet already has a pending event.');
    expect(alert).toHaveTextContent('Request ID r-2');
    expect(within(dialog).getByRole('combobox', { name: 'New size' })).toHaveValue('s-4vcpu-8gb');
  }, slow);

  it('says the droplet is off when DigitalOcean refuses the resize itself', async () => {
    const refused: PanelError = { kind: 'validation', status: 422, message: 'Size s-4vcpu-8gb is not available in region nyc3.', requestId: 'r-7' };
    const { dialog } = await start(flow('running', ['running', 'pending', 'pending']));
    moveTo(flow('failed', ['done', 'done', 'failed'], refused));
    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('The droplet is off, but DigitalOcean refused the resize');
    expect(alert).toHaveTextContent('Size s-4vcpu-8gb is not available in region nyc3.');
    expect(alert).toHaveTextContent('Request ID r-7');
  }, slow);

  it('shows why the main side would not start it', async () => {
    replyWith('workflows.start', () => fail({ kind: 'conflict', message: 'A resize is already under way on this droplet.' }));
    const { dialog } = await start();
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('A resize is already under way on this droplet.');
  }, slow);

  it('shuts down cleanly by default, and asks before a hard power off when the shutdown does not finish', async () => {
    const { dialog, user } = await start(flow('running', ['running', 'pending', 'pending'], undefined, 'shutdown'), 'shutdown');
    expect(await within(dialog).findByRole('status')).toHaveTextContent('Shutting down cleanly, then resizing to s-4vcpu-8gb.');
    expect(bridge['workflows.start']).toHaveBeenCalledWith({ kind: 'resize-after-power-off', id: sampleDroplet.id, size: 's-4vcpu-8gb', disk: false, stop: 'shutdown' });
    const slowShutdown: PanelError = { kind: 'timeout', message: 'The droplet has not shut down after 3 minutes. Power it off instead (like pulling the plug)?' };
    moveTo(flow('needs-decision', ['done', 'failed', 'pending'], slowShutdown, 'shutdown'));
    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('The droplet has not shut down after 3 minutes.');
    expect(alert).toHaveTextContent('If the shutdown finishes while you decide, the resize goes on by itself.');
    // Still under way: a second resize cannot start beside it.
    expect(within(dialog).getByRole('button', { name: 'Continue in the background' })).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Power off, then resize' }));
    expect(bridge['workflows.retry']).toHaveBeenCalledWith({ id: 'workflow-resize' });
  }, slow);

  it('leaves the droplet as it is when the person says so', async () => {
    const { dialog, user } = await start(flow('running', ['running', 'pending', 'pending'], undefined, 'shutdown'), 'shutdown');
    moveTo(flow('needs-decision', ['done', 'failed', 'pending'], { kind: 'timeout', message: 'DigitalOcean reported the shutdown as failed.' }, 'shutdown'));
    await within(dialog).findByRole('alert');
    await user.click(within(dialog).getByRole('button', { name: 'Leave it as it is' }));
    expect(bridge['workflows.dismiss']).toHaveBeenCalledWith({ id: 'workflow-resize' });
    expect(bridge['workflows.retry']).not.toHaveBeenCalled();
  }, slow);
});
