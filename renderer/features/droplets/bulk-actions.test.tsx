import { act, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { InFlightAction, StartedAction } from '../../../shared/action-types';
import type { Tag } from '../../../shared/do-types';
import type { DropletRow } from '../../../shared/droplet-types';
import { ok } from '../../../shared/result';
import type { Workflow } from '../../../shared/workflow-types';
import { bridge, emit, replyWith } from '../../testing/fake-bridge';
import { finishedWorkflow, putWorkflow, sampleWorkflow } from '../../testing/fake-workflows';
import { sampleDropletRow, sampleStartedAction } from '../../testing/droplet-samples';
import { renderApp } from '../../testing/render-app';
import { setUpRendererTests } from '../../testing/renderer-test-setup';

vi.mock('../../bridge', () => import('../../testing/fake-bridge'));

const row = (id: number, name: string, extra: Partial<DropletRow> = {}): DropletRow => ({ ...sampleDropletRow, id, name, tags: ['web'], ...extra });

const web1 = row(1, 'web-1');
const web2 = row(2, 'web-2');
const web3 = row(3, 'web-3', { status: 'off' });
const db1 = row(4, 'db-1', { tags: ['db'] });

const tag = (name: string, count: number): Tag => ({ name, resources: { count, droplets: { count } } });

const startedOn = (target: DropletRow, type = 'power_off'): StartedAction => {
  const tracked = sampleStartedAction.tracked as InFlightAction;
  return {
    action: { ...sampleStartedAction.action, id: 9000 + target.id, type, resource_id: target.id },
    tracked: { ...tracked, key: `action:${9000 + target.id}`, id: 9000 + target.id, type, resource: { type: 'droplet', id: target.id, name: target.name } },
  };
};

/** A batch as the main side reports it, on web-1 and db-1. */
const batch = (status: Workflow['status'], steps: Workflow['steps']): Workflow =>
  sampleWorkflow({ id: 'workflow-batch', kind: 'bulk-action', resource: { type: 'droplet', ids: [1, 4] }, action: 'power_cycle', status, steps });

setUpRendererTests();

beforeEach(() => {
  replyWith('droplets.list', () => ok([web1, web2, web3, db1]));
  replyWith('tags.list', () => ok([tag('web', 3), tag('db', 1)]));
});

const pick = async (user: ReturnType<typeof renderApp>['user'], ...names: string[]) => {
  for (const name of names) await user.click(await screen.findByRole('checkbox', { name: `Select ${name}` }));
};

const bar = () => screen.getByRole('group', { name: 'Selected droplets' });

const openFromMenu = async (user: ReturnType<typeof renderApp>['user'], item: string) => {
  await user.click(within(bar()).getByRole('button', { name: 'More bulk actions' }));
  await user.click(await screen.findByRole('menuitem', { name: item }));
  return screen.findByRole('dialog');
};

const listed = (dialog: HTMLElement, label: string | RegExp) =>
  within(within(dialog).getByRole('list', { name: label }))
    .getAllByRole('listitem')
    .map((item) => item.textContent);

describe('the bulk bar', () => {
  it('appears with the selection, says how many, and clears', async () => {
    const { user } = renderApp('/droplets');
    await screen.findByRole('grid', { name: 'Droplets' });
    expect(screen.queryByRole('group', { name: 'Selected droplets' })).not.toBeInTheDocument();
    await pick(user, 'web-1', 'db-1');
    expect(within(bar()).getByRole('status')).toHaveTextContent('2 selected');
    await user.click(within(bar()).getByRole('button', { name: 'Clear' }));
    expect(screen.queryByRole('group', { name: 'Selected droplets' })).not.toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Select web-1' })).not.toBeChecked();
  });

  it('keeps through a search only the droplets still shown', async () => {
    const { user } = renderApp('/droplets');
    await pick(user, 'web-1', 'db-1');
    await user.type(screen.getByRole('searchbox', { name: 'Search droplets' }), 'web');
    await waitFor(() => expect(within(bar()).getByRole('status')).toHaveTextContent('1 selected'));
    await user.clear(screen.getByRole('searchbox', { name: 'Search droplets' }));
    await screen.findByRole('checkbox', { name: 'Select db-1' });
    expect(screen.getByRole('checkbox', { name: 'Select db-1' })).not.toBeChecked();
    expect(within(bar()).getByRole('status')).toHaveTextContent('1 selected');
  });

  it('says why an action none of the selected droplets can take is unavailable', async () => {
    const { user } = renderApp('/droplets');
    await pick(user, 'web-1', 'web-2');
    const powerOn = within(bar()).getByRole('button', { name: 'Power on' });
    expect(powerOn).toHaveAttribute('aria-disabled', 'true');
    expect(powerOn).toHaveAccessibleDescription('None of the selected droplets can: the droplet is already on.');
  });
});

describe('how a batch is sent', () => {
  it('goes through the tag when the tag carries exactly the selected droplets', async () => {
    replyWith('droplets.runActionByTag', () => ok([startedOn(web1), startedOn(web2)]));
    replyWith('tags.list', () => ok([tag('web', 2), tag('db', 1)]));
    replyWith('droplets.list', () => ok([web1, web2, db1]));
    const { user } = renderApp('/droplets');
    await pick(user, 'web-1', 'web-2');
    await user.click(within(bar()).getByRole('button', { name: 'Power off' }));
    const dialog = await screen.findByRole('dialog', { name: 'Power off 2 droplets?' });
    expect(await within(dialog).findByText('Through tag web — 2 droplets, in one request.')).toBeInTheDocument();
    expect(within(dialog).getByText(/Unsaved data may be lost/)).toBeInTheDocument();
    expect(listed(dialog, 'The 2 droplets it goes to')).toEqual(['web-1', 'web-2']);
    await user.click(within(dialog).getByRole('button', { name: 'Power off 2 droplets' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(bridge['droplets.runActionByTag']).toHaveBeenCalledTimes(1);
    expect(bridge['droplets.runActionByTag']).toHaveBeenCalledWith({ tagName: 'web', action: { type: 'power_off' } });
    expect(bridge['workflows.start']).not.toHaveBeenCalled();
  });

  it('sends one request per droplet when the tag also carries a droplet that is not selected, and skips the off one', async () => {
    // web-3 carries the tag and is off: through the tag it would be touched, so each droplet goes alone.
    let tracked: InFlightAction[] = [];
    replyWith('actions.tracked', () => ok(tracked));
    replyWith('workflows.start', (request) => {
      tracked = [startedOn(web1), startedOn(web2)].map((one) => one.tracked as InFlightAction);
      return ok(putWorkflow(finishedWorkflow(request)));
    });
    const { user } = renderApp('/droplets');
    await pick(user, 'web-1', 'web-2', 'web-3');
    await user.click(within(bar()).getByRole('button', { name: 'Power off' }));
    const dialog = await screen.findByRole('dialog', { name: 'Power off 2 droplets?' });
    expect(await within(dialog).findByText('One request per droplet — 2 droplets, each with its own progress.')).toBeInTheDocument();
    expect(listed(dialog, 'Skipped droplets')).toEqual(['web-3: The droplet is already off.']);
    await user.click(within(dialog).getByRole('button', { name: 'Power off 2 droplets' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(bridge['workflows.start']).toHaveBeenCalledTimes(1);
    expect(bridge['workflows.start']).toHaveBeenCalledWith({ kind: 'bulk-action', ids: [1, 2], action: { type: 'power_off' } });
    expect(bridge['droplets.runActionByTag']).not.toHaveBeenCalled();
    // Each started action shows its own progress in its row.
    const grid = screen.getByRole('grid', { name: 'Droplets' });
    for (const name of ['web-1', 'web-2']) {
      const line = within(grid).getAllByRole('row').find((candidate) => candidate.textContent?.includes(name)) as HTMLElement;
      await within(line).findByText(/^Power off · /);
    }
  });

  it('reboots one by one: DigitalOcean does not reboot by tag', async () => {
    replyWith('tags.list', () => ok([tag('web', 2)]));
    replyWith('droplets.list', () => ok([web1, web2]));
    const { user } = renderApp('/droplets');
    await pick(user, 'web-1', 'web-2');
    const dialog = await openFromMenu(user, 'Reboot…');
    expect(within(dialog).getByText('One request per droplet — 2 droplets, each with its own progress.')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Reboot 2 droplets' }));
    await waitFor(() => expect(bridge['workflows.start']).toHaveBeenCalledWith({ kind: 'bulk-action', ids: [1, 2], action: { type: 'reboot' } }));
  });

  it('lists each droplet DigitalOcean refused, with its words and request id', async () => {
    replyWith('workflows.start', () =>
      ok(
        putWorkflow(
          batch('failed', [
            { name: 'droplet:1', dropletId: 1, status: 'done' },
            {
              name: 'droplet:4',
              dropletId: 4,
              status: 'failed',
              error: { kind: 'conflict', message: 'Droplet already has a pending event.', status: 422, requestId: 'req-77' },
            },
          ]),
        ),
      ),
    );
    const { user } = renderApp('/droplets');
    await pick(user, 'web-1', 'db-1');
    const dialog = await openFromMenu(user, 'Power cycle…');
    await user.click(await within(dialog).findByRole('button', { name: 'Power cycle 2 droplets' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('Started on 1 of 2 droplets');
    expect(listed(dialog, 'Failed')).toEqual(['db-1: Droplet already has a pending event. (request ID req-77)']);
    await user.click(within(dialog).getByRole('button', { name: 'Done' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });
});

describe('a batch the main side sends', () => {
  it('says how many droplets have answered while it goes, and closes once all started', async () => {
    const sending = batch('running', [
      { name: 'droplet:1', dropletId: 1, status: 'done' },
      { name: 'droplet:4', dropletId: 4, status: 'running' },
    ]);
    replyWith('workflows.start', () => ok(putWorkflow(sending)));
    const { user } = renderApp('/droplets');
    await pick(user, 'web-1', 'db-1');
    const dialog = await openFromMenu(user, 'Power cycle…');
    await user.click(await within(dialog).findByRole('button', { name: 'Power cycle 2 droplets' }));
    expect(await within(dialog).findByRole('status')).toHaveTextContent('Sent: 1 of 2 droplets answered…');

    const done = putWorkflow(batch('done', sending.steps.map((step) => ({ ...step, status: 'done' as const }))));
    act(() => emit('workflows.changed', done));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(bridge['workflows.start']).toHaveBeenCalledTimes(1);
  });
});

describe('what a batch asks first', () => {
  it('deletes only once the number of droplets is typed, one request per droplet', async () => {
    // DigitalOcean stops listing what was deleted.
    const deleted = () => (bridge['workflows.start'].mock.calls as unknown as [{ ids: number[] }][]).flatMap(([request]) => request.ids);
    replyWith('droplets.list', () => ok([web1, web2, web3, db1].filter((candidate) => !deleted().includes(candidate.id))));
    const { user } = renderApp('/droplets');
    await pick(user, 'web-1', 'web-2', 'db-1');
    const dialog = await openFromMenu(user, 'Delete…');
    expect(within(dialog).getByText('One request per droplet — 3 droplets.')).toBeInTheDocument();
    expect(within(dialog).getByText(/This is permanent/)).toBeInTheDocument();
    const confirm = within(dialog).getByRole('button', { name: 'Delete 3 droplets' });
    expect(confirm).toHaveAttribute('aria-disabled', 'true');
    expect(confirm).toHaveAccessibleDescription('Type 3 or “delete 3 droplets” to confirm.');
    await user.click(confirm);
    expect(bridge['workflows.start']).not.toHaveBeenCalled();

    const field = within(dialog).getByRole('textbox', { name: 'Type 3 or “delete 3 droplets” to confirm' });
    await user.type(field, 'delete 2 droplets');
    expect(confirm).toHaveAttribute('aria-disabled', 'true');
    await user.clear(field);
    await user.type(field, 'Delete 3 droplets');
    expect(confirm).not.toHaveAttribute('aria-disabled');
    await user.click(confirm);

    await waitFor(() => expect(bridge['workflows.start']).toHaveBeenCalledTimes(1));
    expect(bridge['workflows.start']).toHaveBeenCalledWith({ kind: 'bulk-delete', ids: expect.arrayContaining([1, 2, 4]) });
    expect(deleted()).toHaveLength(3);
    expect(bridge['droplets.delete']).not.toHaveBeenCalled();
    expect(bridge['droplets.deleteByTag']).not.toHaveBeenCalled();
    await waitFor(() => expect(screen.queryByRole('group', { name: 'Selected droplets' })).not.toBeInTheDocument());
  });

  it('names snapshots from a pattern, which the main side fills in for each droplet', async () => {
    const { user } = renderApp('/droplets');
    await pick(user, 'web-1', 'db-1');
    const dialog = await openFromMenu(user, 'Take snapshots…');
    const field = within(dialog).getByRole('textbox', { name: 'Snapshot names' });
    expect((field as HTMLInputElement).value).toMatch(/^\{droplet\}-\d{4}-\d{2}-\d{2}$/);
    await user.clear(field);
    await user.click(within(dialog).getByRole('button', { name: 'Take 2 snapshots' }));
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveAccessibleDescription(/^Enter a name pattern\./);
    expect(bridge['workflows.start']).not.toHaveBeenCalled();

    await user.type(field, 'before-upgrade-{{droplet}');
    await user.click(within(dialog).getByRole('button', { name: 'Take 2 snapshots' }));
    await waitFor(() => expect(bridge['workflows.start']).toHaveBeenCalledTimes(1));
    expect(bridge['workflows.start']).toHaveBeenCalledWith({
      kind: 'bulk-action',
      ids: expect.arrayContaining([1, 4]),
      action: { type: 'snapshot' },
      snapshotPattern: 'before-upgrade-{droplet}',
    });
  });

  it('says that DigitalOcean names snapshots taken through a tag', async () => {
    replyWith('tags.list', () => ok([tag('web', 2)]));
    replyWith('droplets.list', () => ok([web1, web2]));
    const { user } = renderApp('/droplets');
    await pick(user, 'web-1', 'web-2');
    const dialog = await openFromMenu(user, 'Take snapshots…');
    expect(await within(dialog).findByText('Through the tag, DigitalOcean names each snapshot itself.')).toBeInTheDocument();
    expect(within(dialog).queryByRole('textbox')).not.toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Take 2 snapshots' }));
    await waitFor(() => expect(bridge['droplets.runActionByTag']).toHaveBeenCalledWith({ tagName: 'web', action: { type: 'snapshot' } }));
  });

  it('lists the first ten droplets and says how many more', async () => {
    const many = Array.from({ length: 14 }, (_, index) => row(100 + index, `node-${String(index + 1).padStart(2, '0')}`, { tags: [] }));
    replyWith('droplets.list', () => ok(many));
    const { user } = renderApp('/droplets');
    const grid = await screen.findByRole('grid', { name: 'Droplets' });
    grid.focus();
    await user.keyboard('{Control>}a{/Control}');
    expect(within(bar()).getByRole('status')).toHaveTextContent('14 selected');
    await user.click(within(bar()).getByRole('button', { name: 'Power off' }));
    const dialog = await screen.findByRole('dialog', { name: 'Power off 14 droplets?' });
    expect(listed(dialog, 'The 14 droplets it goes to')).toHaveLength(10);
    expect(within(dialog).getByText('and 4 more')).toBeInTheDocument();
  });
});
