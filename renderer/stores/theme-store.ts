import { create } from 'zustand';
import { persist } from 'zustand/middleware';

export const themePreferences = ['system', 'light', 'dark'] as const;

/** What the user chose; `system` follows the operating system's appearance as it changes. */
export type ThemePreference = (typeof themePreferences)[number];

interface ThemeState {
  preference: ThemePreference;
  actions: {
    choose: (preference: ThemePreference) => void;
  };
}

const isThemePreference = (value: unknown): value is ThemePreference =>
  themePreferences.some((preference) => preference === value);

const useThemeStore = create<ThemeState>()(
  persist(
    (set) => ({
      preference: 'system',
      actions: {
        choose: (preference) => set({ preference }),
      },
    }),
    {
      name: 'do-panel.theme',
      partialize: ({ preference }) => ({ preference }),
      // localStorage is outside our control: a value we do not know keeps the default instead.
      merge: (persisted, current) => {
        const preference = (persisted as { preference?: unknown } | undefined)?.preference;
        return isThemePreference(preference) ? { ...current, preference } : current;
      },
    },
  ),
);

export const useThemePreference = (): ThemePreference => useThemeStore((state) => state.preference);

export const useThemeActions = (): ThemeState['actions'] => useThemeStore((state) => state.actions);
