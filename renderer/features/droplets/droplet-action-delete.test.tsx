import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { AssociatedResourceStatus } from '../../../shared/do-types';
import { ok, type PanelError } from '../../../shared/result';
import type { Workflow, WorkflowStep } from '../../../shared/workflow-types';
import { bridge, replyWith } from '../../testing/fake-bridge';
import { putWorkflow, sampleWorkflow } from '../../testing/fake-workflows';
import { sampleDroplet, sampleDropletRow } from '../../testing/droplet-samples';
import { setUpRendererTests } from '../../testing/renderer-test-setup';
import { openAction, openPane, slow } from './droplet-action-test-helpers';

vi.mock('../../bridge', () => import('../../testing/fake-bridge'));

setUpRendererTests();

beforeEach(() => {
  replyWith('droplets.list', () => ok([sampleDropletRow]));
  replyWith('droplets.get', () => ok(sampleDroplet));
  replyWith('droplets.associatedResources', () =>
    ok({
      snapshots: [
        { id: '7001', name: 'before-upgrade', cost: '0.84' },
        { id: '7002', name: 'nightly', cost: '1.20' },
      ],
      volumes: [],
      volume_snapshots: [],
      reserved_ips: [{ id: '203.0.113.50', name: '203.0.113.50', cost: '5.00' }],
      floating_ips: [{ id: '203.0.113.50', name: '203.0.113.50', cost: '5.00' }],
    }),
  );
});

const status = (failures: number): AssociatedResourceStatus => ({
  droplet: { id: String(sampleDroplet.id), name: sampleDroplet.name, destroyed_at: '2026-11-22T09:01:00Z' },
  resources: {
    snapshots: [{ id: '7002', name: 'nightly', ...(failures > 0 ? { error_message: 'Snapshot is in use.' } : { destroyed_at: '2026-11-22T09:01:00Z' }) }],
  },
  completed_at: '2026-11-22T09:01:00Z',
  failures,
});

/** The delete as the main side reports it. */
const deleting = (status: Workflow['status'], steps: WorkflowStep[], deleteStatus: AssociatedResourceStatus | null): Workflow =>
  sampleWorkflow({ id: 'workflow-delete', kind: 'delete-with-resources', resource: { type: 'droplet', ids: [sampleDroplet.id] }, status, steps, deleteStatus });

describe('deleting with associated resources', () => {
  it('lists what outlives the droplet with its cost, and deletes alone when nothing is ticked', async () => {
    const { user, pane } = await openPane();
    const dialog = await openAction(user, pane, 'Delete…', 'Delete web-prod-01?');
    const nightly = await within(dialog).findByRole('checkbox', { name: 'nightly · $1.20/month' });
    expect(within(dialog).getByRole('checkbox', { name: 'before-upgrade · $0.84/month' })).not.toBeChecked();
    expect(within(dialog).getAllByRole('checkbox', { name: /203\.0\.113\.50 · \$5\.00\/month/ })).toHaveLength(1);
    expect(nightly).not.toBeChecked();
    await user.type(within(dialog).getByRole('textbox', { name: 'Type web-prod-01 to confirm' }), 'web-prod-01');
    await user.click(within(dialog).getByRole('button', { name: 'Delete droplet' }));
    await waitFor(() => expect(bridge['droplets.delete']).toHaveBeenCalledTimes(1));
    expect(bridge['workflows.start']).not.toHaveBeenCalled();
  }, slow);

  it('deletes the ticked resources with it on the main side, shows what failed, and retries it', async () => {
    const left = deleting('needs-decision', [{ name: 'delete', status: 'done' }, { name: 'follow', status: 'failed', error: { kind: 'server', message: 'DigitalOcean could not delete 1 of them.' } }], status(1));
    replyWith('workflows.start', () => ok(putWorkflow(left)));
    replyWith('workflows.retry', () =>
      ok(putWorkflow(deleting('done', [...left.steps, { name: 'retry-1', status: 'done' }, { name: 'follow-1', status: 'done' }], status(0)))),
    );
    const { user, pane } = await openPane();
    const dialog = await openAction(user, pane, 'Delete…', 'Delete web-prod-01?');
    await user.click(await within(dialog).findByRole('checkbox', { name: 'nightly · $1.20/month' }));
    await user.click(within(dialog).getByRole('checkbox', { name: /203\.0\.113\.50/ }));
    const remove = within(dialog).getByRole('button', { name: 'Delete droplet and chosen resources' });
    expect(remove).toHaveAccessibleDescription('Type web-prod-01 to confirm.');
    await user.click(remove);
    expect(bridge['workflows.start']).not.toHaveBeenCalled();

    await user.type(within(dialog).getByRole('textbox', { name: 'Type web-prod-01 to confirm' }), 'web-prod-01');
    await user.click(remove);
    expect(await within(dialog).findByText('Done, but 1 could not be deleted.')).toBeInTheDocument();
    expect(bridge['workflows.start']).toHaveBeenCalledTimes(1);
    expect(bridge['workflows.start']).toHaveBeenCalledWith({
      kind: 'delete-with-resources',
      id: sampleDroplet.id,
      resources: { snapshots: ['7002'], reservedIps: ['203.0.113.50'] },
    });
    expect(dialog).toHaveTextContent('Snapshots nightly: failed: Snapshot is in use.');
    expect(bridge['droplets.delete']).not.toHaveBeenCalled();

    await user.click(within(dialog).getByRole('button', { name: 'Retry failed' }));
    await waitFor(() => expect(screen.queryByRole('complementary', { name: 'Droplet web-prod-01' })).not.toBeInTheDocument());
    // The pane closes by leaving the droplet's address once the dialog has closed: let that happen here,
    // or it lands in the next test and closes the pane that test opens.
    await waitFor(() => expect(window.location.hash).not.toContain('droplet='));
    expect(bridge['workflows.retry']).toHaveBeenCalledTimes(1);
    expect(bridge['workflows.retry']).toHaveBeenCalledWith({ id: 'workflow-delete' });
  }, slow);

  it('shows DigitalOcean’s refusal and keeps the ticks and the typed name', async () => {
    const refused: PanelError = { kind: 'validation', status: 422, message: 'Not associated with this Droplet: 203.0.113.50.', requestId: 'r-5' };
    replyWith('workflows.start', () =>
      ok(putWorkflow(deleting('failed', [{ name: 'delete', status: 'failed', error: refused }, { name: 'follow', status: 'skipped' }], null))),
    );
    const { user, pane } = await openPane();
    const dialog = await openAction(user, pane, 'Delete…', 'Delete web-prod-01?');
    const ip = await within(dialog).findByRole('checkbox', { name: /203\.0\.113\.50/ });
    await user.click(ip);
    const typed = within(dialog).getByRole('textbox', { name: 'Type web-prod-01 to confirm' });
    await user.type(typed, 'web-prod-01{Enter}');
    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('Not associated with this Droplet: 203.0.113.50.');
    expect(alert).toHaveTextContent('Request ID r-5');
    expect(ip).toBeChecked();
    expect(typed).toHaveValue('web-prod-01');
  }, slow);
});
