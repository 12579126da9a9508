import { act, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ActionSettled } from '../../../shared/action-types';
import { fail, ok } from '../../../shared/result';
import { bridge, emit, replyWith } from '../../testing/fake-bridge';
import { flushSettles } from '../../testing/manual-settle-window';
import { resourcePath } from '../../routing/resource-path';
import { renderApp } from '../../testing/render-app';
import { setUpRendererTests } from '../../testing/renderer-test-setup';
import { dbSnapshotRow, snapshotRow } from './image-test-rows';

vi.mock('../../bridge', () => import('../../testing/fake-bridge'));
vi.mock('../../resources/settle-window', () => import('../../testing/manual-settle-window'));

setUpRendererTests();

/** How long a test rendering the whole app may take when the machine is busy (CI shares two cores). */
const slow = 30_000;

const notFound = fail({ kind: 'not_found', message: 'The resource you were accessing could not be found.', status: 404 });

const settled = (id: number): ActionSettled =>
  ({
    action: { key: 'action:61', kind: 'action', id: 61, type: 'transfer', status: 'completed' },
    outcome: 'completed',
    durationMs: 60_000,
    resource: { type: 'image', id, name: snapshotRow.name },
    startedByUser: true,
  }) as unknown as ActionSettled;

const expectAllUnavailable = (pane: HTMLElement) => {
  const buttons = within(within(pane).getByRole('group', { name: 'Image actions' })).getAllByRole('button');
  expect(buttons.map((button) => button.textContent)).toEqual(['Create droplet', 'Rename', 'Transfer', 'Delete']);
  for (const button of buttons) {
    expect(button).toHaveAttribute('aria-disabled', 'true');
    expect(button).toHaveAccessibleDescription(/was deleted: DigitalOcean no longer has it/);
  }
};

beforeEach(() => {
  replyWith('images.list', () => ok([snapshotRow, dbSnapshotRow]));
});

describe('ImageTombstone', () => {
  it('replaces the open pane when a settle finds the image gone, and takes it out of the list', async () => {
    renderApp(`/images?tab=snapshots&image=${snapshotRow.id}`);
    await screen.findByRole('complementary', { name: `Image ${snapshotRow.name}` }, { timeout: 15_000 });
    expect(screen.getAllByRole('row', { name: new RegExp(snapshotRow.name) }).length).toBeGreaterThan(0);
    replyWith('images.get', () => notFound);

    act(() => {
      emit('actions.settled', settled(snapshotRow.id));
      flushSettles();
    });

    const pane = (await screen.findByText(/^Deleted — found gone at /)).closest('aside') as HTMLElement;
    expect(pane).toHaveAccessibleName(`Image ${snapshotRow.name}`);
    expect(pane).toHaveTextContent(`ID ${snapshotRow.id}`);
    expectAllUnavailable(pane);
    expect(screen.queryAllByRole('row', { name: new RegExp(snapshotRow.name) })).toHaveLength(0);
    expect(screen.getAllByRole('row', { name: new RegExp(dbSnapshotRow.name) }).length).toBeGreaterThan(0);
    expect(bridge['images.list']).toHaveBeenCalledTimes(1);
  }, slow);

  it('is what a link to an image DigitalOcean no longer has opens', async () => {
    replyWith('images.get', () => notFound);
    // The address Activity's link makes: no tab, so the image itself is looked up.
    renderApp(resourcePath('image', 7999));
    const pane = (await screen.findByText(/^Deleted — found gone at /)).closest('aside') as HTMLElement;
    expect(pane).toHaveAccessibleName('Image Image 7999');
    expectAllUnavailable(pane);
  }, slow);
});
