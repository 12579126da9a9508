import { createLocalChoice } from './local-choice';

export const themePreferences = ['system', 'light', 'dark'] as const;

/** What the user chose; `system` follows the operating system's appearance as it changes. */
export type ThemePreference = (typeof themePreferences)[number];

const theme = createLocalChoice<ThemePreference>('do-panel.theme', 'preference', themePreferences, 'system');

export const useThemePreference = theme.useChoice;

export const useThemeActions = (): { choose: (preference: ThemePreference) => void } => ({ choose: theme.useChoose() });
