import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { resetFakeBridge } from '../../testing/fake-bridge';
import { renderApp, resetUiState } from '../../testing/render-app';

vi.mock('../../bridge', () => import('../../testing/fake-bridge'));

beforeEach(() => {
  resetFakeBridge();
  resetUiState();
});

describe('ImagesPage', () => {
  it('explains that snapshots, backups and custom images need an account', async () => {
    renderApp('/images');
    const emptyState = await screen.findByRole('region', { name: 'No images to show yet' });
    expect(emptyState).toHaveTextContent('snapshots, backups and custom images');
    expect(within(emptyState).getByRole('link', { name: 'Go to Accounts' })).toHaveAttribute('href', '#/accounts');
  });
});
