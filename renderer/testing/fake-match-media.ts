const darkSchemeQuery = '(prefers-color-scheme: dark)';

export interface FakeColorScheme {
  /** Changes the operating system's appearance and notifies listeners, as a real change would. */
  setDark: (dark: boolean) => void;
}

/** jsdom has no matchMedia; this one answers the dark-scheme query and can change it mid-test. */
export const installFakeMatchMedia = (initiallyDark = false): FakeColorScheme => {
  let dark = initiallyDark;
  const listeners = new Set<(event: MediaQueryListEvent) => void>();

  window.matchMedia = (query: string): MediaQueryList => {
    const isDarkQuery = query === darkSchemeQuery;
    return {
      media: query,
      get matches() {
        return isDarkQuery && dark;
      },
      onchange: null,
      addEventListener: (_type: string, listener: (event: MediaQueryListEvent) => void) => {
        if (isDarkQuery) listeners.add(listener);
      },
      removeEventListener: (_type: string, listener: (event: MediaQueryListEvent) => void) => {
        listeners.delete(listener);
      },
      addListener: () => undefined,
      removeListener: () => undefined,
      dispatchEvent: () => false,
    } as unknown as MediaQueryList;
  };

  return {
    setDark: (next) => {
      dark = next;
      for (const listener of listeners) listener({ matches: next, media: darkSchemeQuery } as MediaQueryListEvent);
    },
  };
};
