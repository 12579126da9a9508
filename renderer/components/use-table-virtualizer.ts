import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useRef, type RefObject } from 'react';

/** The header row's height: rows are placed below it, and scrolling keeps the keyboard's row clear of it. */
export const headerHeight = 36;

/** Only the rows in view (and a few either side) are drawn, so ten thousand rows cost what thirty do. */
export const useTableVirtualizer = <Row, Key extends string | number>(
  scrollRef: RefObject<HTMLDivElement | null>,
  rows: readonly Row[],
  rowKey: (row: Row) => Key,
  rowHeight: number,
) => {
  // The virtualizer rebuilds its measurements (one object per row) whenever getItemKey changes: keep
  // it stable while the rows are, so a render that changes no rows costs nothing per row.
  const rowKeyRef = useRef(rowKey);
  rowKeyRef.current = rowKey;
  const getItemKey = useCallback((index: number) => rowKeyRef.current(rows[index] as Row), [rows]);
  // The virtualizer is a mutable instance read during render; the compiler rightly leaves this hook alone.
  // eslint-disable-next-line react-hooks/incompatible-library
  return useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    getItemKey,
    overscan: 8,
    scrollMargin: headerHeight,
    scrollPaddingStart: headerHeight,
  });
};
