import { create } from 'zustand';
import { persist } from 'zustand/middleware';

/** The droplet list's optional columns; the name is always shown, so a row can always be recognised. */
export const dropletColumnIds = ['status', 'publicIpv4', 'region', 'size', 'image', 'tags', 'created', 'price'] as const;

export type DropletColumnId = (typeof dropletColumnIds)[number];

interface DropletColumnsState {
  hidden: DropletColumnId[];
  /** Widths the user dragged columns to, in pixels; the name column included. */
  widths: Record<string, number>;
  /** Shown columns the list left out to fit its width just now (not saved: it follows the window). */
  leftOut: DropletColumnId[];
  actions: {
    setVisible: (column: DropletColumnId, visible: boolean) => void;
    showAll: () => void;
    /** A column's width, or null for the column's own. */
    setWidth: (column: string, width: number | null) => void;
    resetWidths: () => void;
    setLeftOut: (columns: readonly string[]) => void;
  };
}

/** Any width the table may be given back from storage: whole pixels, within reason. */
const isWidth = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value >= 40 && value <= 2000;

export const knownWidths = (value: unknown): Record<string, number> => {
  if (typeof value !== 'object' || value === null) return {};
  return Object.fromEntries(Object.entries(value).filter(([id, width]) => (id === 'name' || isColumnId(id)) && isWidth(width)));
};

const isColumnId = (value: unknown): value is DropletColumnId => dropletColumnIds.some((id) => id === value);

const useDropletColumnsStore = create<DropletColumnsState>()(
  persist(
    (set) => ({
      hidden: [],
      widths: {},
      leftOut: [],
      actions: {
        setVisible: (column, visible) =>
          set((state) => ({ hidden: visible ? state.hidden.filter((id) => id !== column) : [...new Set([...state.hidden, column])] })),
        showAll: () => set({ hidden: [] }),
        setWidth: (column, width) =>
          set((state) => {
            const widths = { ...state.widths };
            if (width === null) delete widths[column];
            else widths[column] = width;
            return { widths };
          }),
        resetWidths: () => set({ widths: {} }),
        setLeftOut: (columns) => set({ leftOut: columns.filter(isColumnId) }),
      },
    }),
    {
      name: 'do-panel.droplet-columns',
      partialize: ({ hidden, widths }) => ({ hidden, widths }),
      // localStorage is outside our control: only column ids and widths we know survive.
      merge: (persisted, current) => {
        const stored = persisted as { hidden?: unknown; widths?: unknown } | undefined;
        return {
          ...current,
          hidden: Array.isArray(stored?.hidden) ? stored.hidden.filter(isColumnId) : current.hidden,
          widths: knownWidths(stored?.widths),
        };
      },
    },
  ),
);

/** The droplet list's columns the user hid. */
export const useHiddenDropletColumns = (): DropletColumnId[] => useDropletColumnsStore((state) => state.hidden);

/** The widths the user gave the droplet list's columns. */
export const useDropletColumnWidths = (): Record<string, number> => useDropletColumnsStore((state) => state.widths);

/** The columns the list left out to fit its width. */
export const useDropletColumnsLeftOut = (): DropletColumnId[] => useDropletColumnsStore((state) => state.leftOut);

export const useDropletColumnsActions = (): DropletColumnsState['actions'] => useDropletColumnsStore((state) => state.actions);
