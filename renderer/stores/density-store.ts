import { createLocalChoice } from './local-choice';

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

const density = createLocalChoice<RowDensity>('do-panel.density', 'density', rowDensityIds, 'compact');

/** The density the user chose for the lists. */
export const useRowDensity = density.useChoice;

export const useDensityActions = (): { choose: (density: RowDensity) => void } => ({ choose: density.useChoose() });
