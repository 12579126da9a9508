import { create } from 'zustand';
import { persist } from 'zustand/middleware';

/** The droplet list's optional columns; the name is always shown, so a row can always be recognised. */
export const dropletColumnIds = ['status', 'publicIpv4', 'region', 'size', 'image', 'tags', 'created', 'price'] as const;

export type DropletColumnId = (typeof dropletColumnIds)[number];

interface DropletColumnsState {
  hidden: DropletColumnId[];
  actions: {
    setVisible: (column: DropletColumnId, visible: boolean) => void;
    showAll: () => void;
  };
}

const isColumnId = (value: unknown): value is DropletColumnId => dropletColumnIds.some((id) => id === value);

const useDropletColumnsStore = create<DropletColumnsState>()(
  persist(
    (set) => ({
      hidden: [],
      actions: {
        setVisible: (column, visible) =>
          set((state) => ({ hidden: visible ? state.hidden.filter((id) => id !== column) : [...new Set([...state.hidden, column])] })),
        showAll: () => set({ hidden: [] }),
      },
    }),
    {
      name: 'do-panel.droplet-columns',
      partialize: ({ hidden }) => ({ hidden }),
      // localStorage is outside our control: only column ids we know survive.
      merge: (persisted, current) => {
        const hidden = (persisted as { hidden?: unknown } | undefined)?.hidden;
        return Array.isArray(hidden) ? { ...current, hidden: hidden.filter(isColumnId) } : current;
      },
    },
  ),
);

/** The droplet list's columns the user hid. */
export const useHiddenDropletColumns = (): DropletColumnId[] => useDropletColumnsStore((state) => state.hidden);

export const useDropletColumnsActions = (): DropletColumnsState['actions'] => useDropletColumnsStore((state) => state.actions);
