import { act, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { resetFakeBridge } from '../../testing/fake-bridge';
import { renderApp, resetUiState } from '../../testing/render-app';

vi.mock('../../bridge', () => import('../../testing/fake-bridge'));

const theme = () => document.documentElement.dataset.theme;

beforeEach(() => {
  resetFakeBridge();
  resetUiState();
});

describe('SettingsPage', () => {
  it('starts on System, which follows the operating system live', () => {
    const { colorScheme } = renderApp('/settings', { systemDark: true });
    expect(screen.getByRole('radio', { name: 'System' })).toBeChecked();
    expect(theme()).toBe('dark');

    act(() => colorScheme.setDark(false));
    expect(theme()).toBe('light');
  });

  it('applies and remembers an explicit theme, which then ignores the operating system', async () => {
    const { user, colorScheme } = renderApp('/settings');
    await user.click(screen.getByRole('radio', { name: 'Dark' }));

    expect(screen.getByRole('radio', { name: 'Dark' })).toBeChecked();
    expect(theme()).toBe('dark');
    expect(JSON.parse(localStorage.getItem('do-panel.theme') ?? '{}')).toMatchObject({ state: { preference: 'dark' } });

    act(() => colorScheme.setDark(false));
    expect(theme()).toBe('dark');

    await user.click(screen.getByRole('radio', { name: 'Light' }));
    expect(theme()).toBe('light');
  });

  it('can be operated from the keyboard', async () => {
    const { user } = renderApp('/settings');
    screen.getByRole('radio', { name: 'System' }).focus();
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('radio', { name: 'Light' })).toBeChecked();
    expect(theme()).toBe('light');
  });

  it('collapses the sidebar from its switch', async () => {
    const { user, container } = renderApp('/settings');
    const toggle = screen.getByRole('switch', { name: 'Collapsed sidebar' });
    expect(toggle).not.toBeChecked();

    await user.click(toggle);

    expect(toggle).toBeChecked();
    expect(container.querySelector('.app-shell')).toHaveAttribute('data-sidebar', 'collapsed');
    expect(screen.getByRole('button', { name: 'Expand sidebar' })).toBeInTheDocument();
  });

  it('shows what is running in its About section', async () => {
    renderApp('/settings');
    const about = screen.getByRole('region', { name: 'About' });
    expect(await within(about).findByText('Version 1.2.3')).toBeInTheDocument();
    expect(within(about).getByText('http://127.0.0.1:4010')).toBeInTheDocument();
  });
});
