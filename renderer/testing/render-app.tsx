import { act, render, renderHook } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll } from 'vitest';
import { App } from '../app/app';
import { preloadAllScreens } from '../app/screens';
import { useAddAccountDialogActions } from '../stores/add-account-dialog-store';
import { useCreateDropletActions } from '../stores/create-droplet-store';
import { useDensityActions } from '../stores/density-store';
import { useDropletColumnsActions } from '../stores/droplet-columns-store';
import { usePaletteActions } from '../stores/palette-store';
import { useSidebarActions } from '../stores/sidebar-store';
import { useThemeActions } from '../stores/theme-store';
import { installFakeMatchMedia, type FakeColorScheme } from './fake-match-media';

/** Stores outlive a render (they are modules); each test starts from the defaults and empty storage. */
export const resetUiState = (): void => {
  const { result, unmount } = renderHook(() => ({
    sidebar: useSidebarActions(),
    theme: useThemeActions(),
    density: useDensityActions(),
    addAccountDialog: useAddAccountDialogActions(),
    dropletColumns: useDropletColumnsActions(),
    createDroplet: useCreateDropletActions(),
    palette: usePaletteActions(),
  }));
  act(() => {
    result.current.sidebar.setCollapsed(false);
    result.current.theme.choose('system');
    result.current.density.choose('compact');
    result.current.addAccountDialog.close();
    result.current.dropletColumns.showAll();
    result.current.dropletColumns.resetWidths();
    result.current.createDroplet.close();
    result.current.palette.close();
  });
  unmount();
  localStorage.clear();
  delete document.documentElement.dataset.theme;
};

/*
 * The areas and the shell's dialogs load in chunks of their own (app/screens.ts). A test file that
 * renders the app has them all loaded first, as a running app has them once idle, so a test reads a
 * page as it is, not its skeleton. Loaded from a hook, not on import: by then the file's vi.mock
 * calls (the fake bridge) are in place. The loading itself is tested in app/lazy-screen.test.tsx.
 */
beforeAll(preloadAllScreens);

/**
 * Renders the whole app at `path` (the part after `#`). The bridge must already be mocked with
 * testing/fake-bridge by the calling test file.
 */
export const renderApp = (path = '/droplets', { systemDark = false } = {}) => {
  const colorScheme: FakeColorScheme = installFakeMatchMedia(systemDark);
  window.location.hash = path;
  const user = userEvent.setup();
  return { user, colorScheme, ...render(<App />) };
};
