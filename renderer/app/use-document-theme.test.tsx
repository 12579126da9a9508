import { act, renderHook } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { useThemeActions } from '../stores/theme-store';
import { installFakeMatchMedia } from '../testing/fake-match-media';
import { resetUiState } from '../testing/render-app';
import { useDocumentTheme } from './use-document-theme';

const theme = () => document.documentElement.dataset.theme;

const renderTheme = () =>
  renderHook(() => {
    useDocumentTheme();
    return useThemeActions();
  });

beforeEach(() => {
  installFakeMatchMedia(false);
  resetUiState();
});

describe('useDocumentTheme', () => {
  it('resolves System through prefers-color-scheme and follows its changes', () => {
    const colorScheme = installFakeMatchMedia(true);
    renderTheme();
    expect(theme()).toBe('dark');

    act(() => colorScheme.setDark(false));
    expect(theme()).toBe('light');

    act(() => colorScheme.setDark(true));
    expect(theme()).toBe('dark');
  });

  it('applies an explicit choice whatever the system says', () => {
    const colorScheme = installFakeMatchMedia(true);
    const { result } = renderTheme();

    act(() => result.current.choose('light'));
    expect(theme()).toBe('light');

    act(() => colorScheme.setDark(true));
    expect(theme()).toBe('light');

    act(() => result.current.choose('system'));
    expect(theme()).toBe('dark');
  });

  it('stops listening to the system once unmounted', () => {
    const colorScheme = installFakeMatchMedia(false);
    const { unmount } = renderTheme();
    expect(theme()).toBe('light');
    unmount();

    act(() => colorScheme.setDark(true));
    expect(theme()).toBe('light');
  });
});
