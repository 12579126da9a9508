import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fail, ok } from '../../../shared/result';
import { bridge, replyWith } from '../../testing/fake-bridge';
import { sampleDroplet, sampleDropletRow } from '../../testing/droplet-samples';
import { setUpRendererTests } from '../../testing/renderer-test-setup';
import { openPane, slow } from './droplet-action-test-helpers';
import { newTagProblem } from './droplet-tags';

vi.mock('../../bridge', () => import('../../testing/fake-bridge'));

setUpRendererTests();

beforeEach(() => {
  replyWith('droplets.list', () => ok([sampleDropletRow]));
  replyWith('droplets.get', () => ok(sampleDroplet));
  replyWith('tags.list', () => ok([{ name: 'env:prod' }, { name: 'team:web' }]));
});

const resource = [{ resource_id: String(sampleDroplet.id), resource_type: 'droplet' }];

describe('tags in the overview', () => {
  it('removes a tag in place and asks for the droplet again, not the list', async () => {
    const { user, pane } = await openPane();
    const gets = bridge['droplets.get'].mock.calls.length;
    const lists = bridge['droplets.list'].mock.calls.length;
    replyWith('droplets.get', () => ok({ ...sampleDroplet, tags: ['web'] }));
    await user.click(within(pane).getByRole('button', { name: 'Remove tag env:prod' }));
    await waitFor(() => expect(within(pane).queryByRole('button', { name: 'Remove tag env:prod' })).not.toBeInTheDocument());
    expect(bridge['tags.untagResources']).toHaveBeenCalledTimes(1);
    expect(bridge['tags.untagResources']).toHaveBeenCalledWith({ name: 'env:prod', resources: resource });
    expect(bridge['droplets.get'].mock.calls.length).toBeGreaterThan(gets);
    // The answer is patched into the list's row: a whole list is 13 requests on a 2,500-droplet account.
    const grid = screen.getByRole('grid', { name: 'Droplets' });
    await waitFor(() => expect(within(grid).getByRole('row', { name: /web-prod-01/ })).not.toHaveTextContent('env:prod'));
    expect(bridge['droplets.list'].mock.calls.length).toBe(lists);
  }, slow);

  it('checks a new tag before sending, suggests the account’s tags, then creates and tags', async () => {
    const { user, pane } = await openPane();
    await user.click(within(pane).getByRole('button', { name: 'Add tag' }));
    const field = within(pane).getByRole('combobox', { name: 'New tag' });
    await waitFor(() => expect(pane.querySelectorAll('datalist option')).toHaveLength(1));
    expect(pane.querySelector('datalist option')).toHaveAttribute('value', 'team:web');

    await user.type(field, 'needs review');
    expect(field).toHaveAccessibleDescription(/Use only letters, digits, underscores, hyphens and colons/);
    const add = within(pane).getByRole('button', { name: 'Add' });
    await user.click(add);
    await user.clear(field);
    await user.type(field, 'WEB');
    expect(field).toHaveAccessibleDescription(/already has this tag/);
    await user.type(field, '{Enter}');
    expect(bridge['tags.create']).not.toHaveBeenCalled();
    expect(bridge['tags.tagResources']).not.toHaveBeenCalled();

    replyWith('tags.create', () => ok({ name: 'Team:Web' }));
    await user.clear(field);
    await user.type(field, 'team:web{Enter}');
    await waitFor(() => expect(bridge['tags.tagResources']).toHaveBeenCalledTimes(1));
    expect(bridge['tags.create']).toHaveBeenCalledWith({ name: 'team:web' });
    expect(bridge['tags.tagResources']).toHaveBeenCalledWith({ name: 'Team:Web', resources: resource });
    await waitFor(() => expect(field).toHaveValue(''));
  }, slow);

  it('shows DigitalOcean’s refusal and keeps what was typed', async () => {
    replyWith('tags.tagResources', () => fail({ kind: 'forbidden', status: 403, message: 'You are not authorized to perform this operation.', requestId: 'r-7' }));
    const { user, pane } = await openPane();
    await user.click(within(pane).getByRole('button', { name: 'Add tag' }));
    const field = within(pane).getByRole('combobox', { name: 'New tag' });
    await user.type(field, 'db{Enter}');
    const alert = await within(pane).findByRole('alert');
    expect(alert).toHaveTextContent('You are not authorized to perform this operation.');
    expect(alert).toHaveTextContent('Request ID r-7');
    expect(field).toHaveValue('db');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  }, slow);
});

describe('newTagProblem', () => {
  it('follows DigitalOcean’s pattern and refuses a tag the droplet has, whatever its case', () => {
    expect(newTagProblem('', [])).toBe('Enter a tag.');
    expect(newTagProblem('a b', [])).toMatch(/Use only/);
    expect(newTagProblem('Web', ['web'])).toBe('The droplet already has this tag.');
    expect(newTagProblem('env:staging', ['env:prod'])).toBeNull();
  });
});
