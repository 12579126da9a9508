import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { resetFakeBridge } from '../../testing/fake-bridge';
import { renderApp, resetUiState } from '../../testing/render-app';

vi.mock('../../bridge', () => import('../../testing/fake-bridge'));

beforeEach(() => {
  resetFakeBridge();
  resetUiState();
});

describe('ActivityPage', () => {
  it('explains what will appear once actions are started', () => {
    renderApp('/activity');
    const emptyState = screen.getByRole('region', { name: 'No actions yet' });
    expect(emptyState).toHaveTextContent('Actions you start (power, resize, snapshots, image transfers) appear here with their progress.');
    expect(within(emptyState).getByRole('link', { name: 'Go to Droplets' })).toHaveAttribute('href', '#/droplets');
    expect(within(emptyState).queryByRole('button')).not.toBeInTheDocument();
  });
});
