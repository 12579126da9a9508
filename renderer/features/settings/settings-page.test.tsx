import { act, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fail, ok } from '../../../shared/result';
import { bridge, replyWith, resetFakeBridge, sampleAppInfo, samplePreferences } from '../../testing/fake-bridge';
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

  it('chooses the list density, compact unless the person picks comfortable', async () => {
    const { user } = renderApp('/settings');
    const compact = screen.getByRole('radio', { name: 'Compact' });
    expect(compact).toBeChecked();
    expect(compact).toHaveAccessibleDescription(/about 32 px a row/);

    await user.click(screen.getByRole('radio', { name: 'Comfortable' }));
    expect(screen.getByRole('radio', { name: 'Comfortable' })).toBeChecked();
    expect(JSON.parse(localStorage.getItem('do-panel.density') ?? '{}')).toMatchObject({ state: { density: 'comfortable' } });
  });

  it('shows what is running in its About section', async () => {
    renderApp('/settings');
    const about = screen.getByRole('region', { name: 'About' });
    expect(await within(about).findByText('Version 1.2.3')).toBeInTheDocument();
    expect(within(about).getByText('http://127.0.0.1:4010')).toBeInTheDocument();
  });
});

describe('SettingsPage notifications', () => {
  const desktop = (platform: string) => replyWith('app.info', () => ok({ ...sampleAppInfo, runtime: 'desktop', platform }));

  it('saves the notification mode and the others switch, keeping the controls where they were put', async () => {
    replyWith('preferences.update', () => ok({ ...samplePreferences, notifications: { mode: 'errors', includeOthers: false } }));
    const { user } = renderApp('/settings');
    const section = await screen.findByRole('region', { name: 'Notifications' });
    expect(await within(section).findByRole('radio', { name: /Every completion/ })).toBeChecked();
    const others = within(section).getByRole('switch', { name: 'Include actions started elsewhere (the control panel, doctl, scheduled backups)' });
    expect(others).not.toBeChecked();

    await user.click(within(section).getByRole('radio', { name: /Errors only/ }));
    expect(bridge['preferences.update']).toHaveBeenLastCalledWith({ notifications: { mode: 'errors' } });
    expect(within(section).getByRole('radio', { name: /Errors only/ })).toBeChecked();

    replyWith('preferences.update', () => ok({ ...samplePreferences, notifications: { mode: 'errors', includeOthers: true } }));
    await user.click(others);
    expect(bridge['preferences.update']).toHaveBeenLastCalledWith({ notifications: { includeOthers: true } });
    await waitFor(() => expect(others).toBeChecked());
    expect(within(section).getByRole('radio', { name: /Errors only/ })).toBeChecked();
  });

  it('puts a refused change back and says why', async () => {
    replyWith('preferences.update', () => fail({ kind: 'internal', message: 'The settings file could not be written.' }));
    const { user } = renderApp('/settings');
    const section = await screen.findByRole('region', { name: 'Notifications' });
    await user.click(await within(section).findByRole('radio', { name: /Never/ }));

    expect(await within(section).findByRole('alert')).toHaveTextContent('The settings file could not be written.');
    expect(within(section).getByRole('radio', { name: /Every completion/ })).toBeChecked();
  });

  it('explains in a browser tab that messages show in the page and there is no tray', async () => {
    renderApp('/settings');
    const section = await screen.findByRole('region', { name: 'Notifications' });
    expect(await within(section).findByText(/show as messages in the corner of this page/)).toBeInTheDocument();
    expect(within(section).queryByRole('switch', { name: /tray/ })).not.toBeInTheDocument();
  });

  it('offers the tray switch in the desktop app on Windows and Linux', async () => {
    desktop('win32');
    replyWith('preferences.get', () => ok({ ...samplePreferences, closeToTray: { applies: true, enabled: true } }));
    replyWith('preferences.update', () => ok({ ...samplePreferences, closeToTray: { applies: true, enabled: false } }));
    const { user } = renderApp('/settings');
    const tray = await screen.findByRole('switch', { name: 'Keep running in the tray when the window is closed' });
    expect(tray).toBeChecked();

    await user.click(tray);
    expect(bridge['preferences.update']).toHaveBeenLastCalledWith({ closeToTray: false });
    await waitFor(() => expect(tray).not.toBeChecked());
  });

  it('describes the Dock on macOS instead of a tray switch', async () => {
    desktop('darwin');
    replyWith('preferences.get', () => ok({ ...samplePreferences, closeToTray: { applies: false, enabled: false } }));
    renderApp('/settings');
    const section = await screen.findByRole('region', { name: 'Notifications' });
    expect(await within(section).findByText(/running in the Dock/)).toBeInTheDocument();
    expect(within(section).queryByRole('switch', { name: /tray/ })).not.toBeInTheDocument();
  });
});
