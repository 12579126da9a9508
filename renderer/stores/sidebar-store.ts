import { create } from 'zustand';
import { persist } from 'zustand/middleware';

interface SidebarState {
  collapsed: boolean;
  actions: {
    toggle: () => void;
    setCollapsed: (collapsed: boolean) => void;
  };
}

const useSidebarStore = create<SidebarState>()(
  persist(
    (set) => ({
      collapsed: false,
      actions: {
        toggle: () => set((state) => ({ collapsed: !state.collapsed })),
        setCollapsed: (collapsed) => set({ collapsed }),
      },
    }),
    {
      name: 'do-panel.sidebar',
      partialize: ({ collapsed }) => ({ collapsed }),
      // localStorage is outside our control: anything but a boolean keeps the default instead.
      merge: (persisted, current) => {
        const collapsed = (persisted as { collapsed?: unknown } | undefined)?.collapsed;
        return typeof collapsed === 'boolean' ? { ...current, collapsed } : current;
      },
    },
  ),
);

/** The sidebar shows icons only. */
export const useSidebarCollapsed = (): boolean => useSidebarStore((state) => state.collapsed);

export const useSidebarActions = (): SidebarState['actions'] => useSidebarStore((state) => state.actions);
