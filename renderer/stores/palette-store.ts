import { create } from 'zustand';

/** Which of the keyboard's overlays is open: the command palette, or the list of shortcuts. */
type Overlay = 'palette' | 'shortcuts' | null;

interface PaletteState {
  open: Overlay;
  actions: {
    /**
     * Opens the palette (Ctrl/Cmd+K, the app menu). The list of shortcuts gives way to it; another
     * dialog or an open menu (`blocked`) does not: the palette never stacks on a confirmation.
     */
    openPalette: (blocked: boolean) => void;
    openShortcuts: () => void;
    close: () => void;
  };
}

/** Opened from a key anywhere in the app and from the main side's menu, so it lives outside any one view. */
const usePaletteStore = create<PaletteState>()((set) => ({
  open: null,
  actions: {
    openPalette: (blocked) => set((state) => (state.open === 'shortcuts' || (state.open === null && !blocked) ? { open: 'palette' } : state)),
    openShortcuts: () => set({ open: 'shortcuts' }),
    close: () => set({ open: null }),
  },
}));

export const useOpenOverlay = (): Overlay => usePaletteStore((state) => state.open);

export const usePaletteActions = (): PaletteState['actions'] => usePaletteStore((state) => state.actions);
