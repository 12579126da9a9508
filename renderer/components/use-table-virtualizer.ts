import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, type RefObject } from 'react';

/** A row's height and the header row's, in pixels: rows are placed below the header, and scrolling keeps the keyboard's row clear of it. */
export interface TableMetrics {
  rowHeight: number;
  headerHeight: number;
}

/** Only the rows in view (and a few either side) are drawn, so ten thousand rows cost what thirty do. */
export const useTableVirtualizer = <Row,>(
  scrollRef: RefObject<HTMLDivElement | null>,
  rows: readonly Row[],
  { rowHeight, headerHeight }: TableMetrics,
) => {
  // Every row has the same height and none is measured, so items are keyed by position (the
  // virtualizer's default): its measurements (one object per row) are rebuilt only when the number of
  // rows changes, not on every new list of rows (a search keystroke, a settled action's patch).
  // The virtualizer is a mutable instance read during render; the compiler rightly leaves this hook alone.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    // Four rows either side: enough for the arrow keys and a wheel's step; each keystroke redraws them all.
    overscan: 4,
    scrollMargin: headerHeight,
    scrollPaddingStart: headerHeight,
  });
  // The virtualizer keeps the sizes it measured: a new density must drop them, or rows keep the old height.
  useEffect(() => {
    virtualizer.measure();
  }, [virtualizer, rowHeight, headerHeight]);
  return virtualizer;
};
