import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ok } from '../../shared/result';
import { replyWith } from '../testing/fake-bridge';
import { sampleDroplet, sampleDropletRow, settledSnapshot } from '../testing/droplet-samples';
import { renderApp } from '../testing/render-app';
import { setUpRendererTests } from '../testing/renderer-test-setup';
import { recentOutcomeMs } from './use-recent-outcome';

vi.mock('../bridge', () => import('../testing/fake-bridge'));

setUpRendererTests();

beforeEach(() => {
  replyWith('droplets.list', () => ok([sampleDropletRow]));
  replyWith('droplets.get', () => ok(sampleDroplet));
});

const row = async () => {
  renderApp('/droplets');
  return screen.findByRole('row', { name: new RegExp(sampleDropletRow.name) });
};

describe('a failed action’s mark on its row', () => {
  it('marks the row, with the reason in its name', async () => {
    replyWith('actions.recent', () => ok([settledSnapshot(5_000, 'errored')]));
    const found = await row();
    expect(await within(found).findByLabelText('Snapshot failed. The snapshot could not be taken.')).toHaveTextContent('Failed');
  });

  it('goes once dismissed, without opening the row', async () => {
    replyWith('actions.recent', () => ok([settledSnapshot(5_000, 'errored', 2)]));
    const found = await row();
    await userEvent.click(await within(found).findByRole('button', { name: 'Dismiss: Snapshot failed' }));
    expect(within(found).queryByText('Failed')).not.toBeInTheDocument();
    expect(screen.queryByRole('complementary', { name: `Droplet ${sampleDropletRow.name}` })).not.toBeInTheDocument();
  });

  it('is not shown for a success, a failure followed by a success, or a failure over ten minutes old', async () => {
    replyWith('actions.recent', () => ok([settledSnapshot(5_000, 'completed', 4), settledSnapshot(60_000, 'errored', 3)]));
    const found = await row();
    await within(found).findByText('Active');
    expect(within(found).queryByText('Failed')).not.toBeInTheDocument();
  });

  it('lets an old failure go', async () => {
    replyWith('actions.recent', () => ok([settledSnapshot(recentOutcomeMs + 60_000, 'errored', 5)]));
    const found = await row();
    await within(found).findByText('Active');
    expect(within(found).queryByText('Failed')).not.toBeInTheDocument();
  });
});

describe('a failed action’s mark as a search changes the rows', () => {
  it('follows its droplet, not the row position it was drawn in', async () => {
    const other = { ...sampleDropletRow, id: 3002, name: 'db-main', publicIpv4: '198.51.100.7', tags: [] };
    replyWith('droplets.list', () => ok([sampleDropletRow, other]));
    replyWith('actions.recent', () => ok([settledSnapshot(5_000, 'errored', 6)]));
    const { user } = renderApp('/droplets');
    const failed = await screen.findByRole('row', { name: new RegExp(sampleDropletRow.name) });
    await within(failed).findByText('Failed');
    const search = screen.getByRole('searchbox', { name: 'Search droplets' });

    await user.type(search, 'db-main');
    const db = await screen.findByRole('row', { name: /db-main/ });
    await within(db).findByText('Active');
    expect(within(db).queryByText('Failed')).not.toBeInTheDocument();

    await user.clear(search);
    await user.type(search, 'web-prod');
    const web = await screen.findByRole('row', { name: new RegExp(sampleDropletRow.name) });
    expect(await within(web).findByText('Failed')).toBeInTheDocument();
  });
});
