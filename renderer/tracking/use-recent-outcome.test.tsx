import { screen, within } from '@testing-library/react';
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

const openPane = () => {
  renderApp(`/droplets?droplet=${sampleDropletRow.id}`);
  return screen.findByRole('complementary', { name: `Droplet ${sampleDropletRow.name}` });
};

describe('the outcome of the last action beside its droplet', () => {
  it('shows the bar at done once the action has settled', async () => {
    replyWith('actions.recent', () => ok([settledSnapshot(5_000, 'completed')]));
    const pane = await openPane();
    expect(await within(pane).findByRole('progressbar', { name: 'Snapshot' })).toHaveAttribute('aria-valuetext', 'Done in 45 s');
  });

  it('shows a failure with its reason', async () => {
    replyWith('actions.recent', () => ok([settledSnapshot(5_000, 'errored')]));
    const pane = await openPane();
    expect(await within(pane).findByRole('progressbar', { name: 'Snapshot' })).toHaveAttribute('aria-valuetext', 'Failed after 45 s');
    expect(within(pane).getByText('The snapshot could not be taken.')).toBeInTheDocument();
  });

  it('lets an old outcome go', async () => {
    replyWith('actions.recent', () => ok([settledSnapshot(recentOutcomeMs + 60_000, 'completed')]));
    const pane = await openPane();
    await within(pane).findByRole('region', { name: 'Networking' });
    expect(within(pane).queryByRole('progressbar')).not.toBeInTheDocument();
  });
});
