import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useRef, type RefObject } from 'react';

/** A row's height and the header row's, in pixels: rows are placed below the header, and scrolling keeps the keyboard's row clear of it. */
export interface TableMetrics {
  rowHeight: number;
  headerHeight: number;
}

/** Only the rows in view (and a few either side) are drawn, so ten thousand rows cost what thirty do. */
export const useTableVirtualizer = <Row, Key extends string | number>(
  scrollRef: RefObject<HTMLDivElement | null>,
  rows: readonly Row[],
  rowKey: (row: Row) => Key,
  { rowHeight, headerHeight }: TableMetrics,
) => {
  // The virtualizer rebuilds its measurements (one object per row) whenever getItemKey changes: keep
  // it stable while the rows are, so a render that changes no rows costs nothing per row.
  const rowKeyRef = useRef(rowKey);
  rowKeyRef.current = rowKey;
  const getItemKey = useCallback((index: number) => rowKeyRef.current(rows[index] as Row), [rows]);
  // The virtualizer is a mutable instance read during render; the compiler rightly leaves this hook alone.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    getItemKey,
    overscan: 8,
    scrollMargin: headerHeight,
    scrollPaddingStart: headerHeight,
  });
  // The virtualizer keeps the sizes it measured: a new density must drop them, or rows keep the old height.
  useEffect(() => {
    virtualizer.measure();
  }, [virtualizer, rowHeight, headerHeight]);
  return virtualizer;
};
