import { useSyncExternalStore } from 'react';

const darkSchemeQuery = '(prefers-color-scheme: dark)';

const subscribe = (onChange: () => void): (() => void) => {
  const media = window.matchMedia(darkSchemeQuery);
  media.addEventListener('change', onChange);
  return () => media.removeEventListener('change', onChange);
};

const prefersDark = (): boolean => window.matchMedia(darkSchemeQuery).matches;

/** The operating system's appearance, live: it changes while the app runs (e.g. at sunset). */
export const useSystemTheme = (): 'light' | 'dark' => (useSyncExternalStore(subscribe, prefersDark) ? 'dark' : 'light');
