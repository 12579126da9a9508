import { create } from 'zustand';
import { persist } from 'zustand/middleware';

/**
 * How tightly the lists (droplets, images) are drawn: the one place a density's name, wording and
 * measurements are declared. Compact fits 18 droplets or more at 1280×720; comfortable is the roomier
 * look the panel first had.
 */
export const rowDensities = {
  compact: { label: 'Compact', description: 'More rows on screen: about 32 px a row.', rowHeight: 32, headerHeight: 32 },
  comfortable: { label: 'Comfortable', description: 'More room around each row: about 44 px a row.', rowHeight: 44, headerHeight: 36 },
} as const;

export type RowDensity = keyof typeof rowDensities;

export const rowDensityIds = Object.keys(rowDensities) as RowDensity[];

const isRowDensity = (value: unknown): value is RowDensity => rowDensityIds.some((density) => density === value);

interface DensityState {
  density: RowDensity;
  actions: {
    choose: (density: RowDensity) => void;
  };
}

const useDensityStore = create<DensityState>()(
  persist(
    (set) => ({
      density: 'compact',
      actions: {
        choose: (density) => set({ density }),
      },
    }),
    {
      name: 'do-panel.density',
      partialize: ({ density }) => ({ density }),
      // localStorage is outside our control: a value we do not know keeps the default instead.
      merge: (persisted, current) => {
        const density = (persisted as { density?: unknown } | undefined)?.density;
        return isRowDensity(density) ? { ...current, density } : current;
      },
    },
  ),
);

/** The density the user chose for the lists. */
export const useRowDensity = (): RowDensity => useDensityStore((state) => state.density);

export const useDensityActions = (): DensityState['actions'] => useDensityStore((state) => state.actions);
