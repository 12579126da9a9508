import type { PageProgress } from '../do-client/pagination';

/**
 * Counts the pages of lists that load together as one (the standard and the GPU Droplet lists): the
 * items arrived so far across all of them, and the sum of the totals each has announced so far.
 */
export const listProgress = (lists: number) => {
  const loaded = new Array<number>(lists).fill(0);
  const totals = new Array<number>(lists).fill(0);
  const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);
  return (list: number, items: number, progress: PageProgress): { loaded: number; total: number } => {
    loaded[list] = (loaded[list] ?? 0) + items;
    totals[list] = progress.total;
    return { loaded: sum(loaded), total: Math.max(sum(totals), sum(loaded)) };
  };
};
