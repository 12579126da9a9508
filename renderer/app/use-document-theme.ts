import { useLayoutEffect } from 'react';
import { useThemePreference } from '../stores/theme-store';
import { useSystemTheme } from './use-system-theme';

/**
 * Applies the chosen theme to <html data-theme>, which tokens.css keys its colours on. A layout
 * effect, so the first painted frame already has the right colours.
 */
export const useDocumentTheme = (): void => {
  const preference = useThemePreference();
  const systemTheme = useSystemTheme();
  const theme = preference === 'system' ? systemTheme : preference;

  useLayoutEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);
};
