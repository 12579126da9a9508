import { useEffect, useLayoutEffect, useRef, type RefObject } from 'react';

interface Anchor<Row, Key> {
  rows: readonly Row[];
  key: Key;
  /** How far the scroll sits into that row, in pixels. */
  within: number;
}

/**
 * Keeps the first row in view where it is when rows are added (a list's later pages arriving, sorted
 * in above it): the scroll offset moves by the rows inserted above, so what the person is reading
 * does not slide away. Only when rows are added: a search that narrows the rows is left alone.
 */
export const useScrollAnchor = <Row, Key>(
  scrollRef: RefObject<HTMLDivElement | null>,
  rows: readonly Row[],
  rowKey: (row: Row) => Key,
  rowHeight: number,
): void => {
  const anchor = useRef<Anchor<Row, Key> | null>(null);
  const rowKeyRef = useRef(rowKey);
  const rowsRef = useRef(rows);
  // Read by the scroll listener; set after each render, before the anchor below is applied.
  useLayoutEffect(() => {
    rowKeyRef.current = rowKey;
    rowsRef.current = rows;
  });

  const remember = (scrollTop: number) => {
    const current = rowsRef.current;
    const index = Math.min(current.length - 1, Math.floor(scrollTop / rowHeight));
    const row = current[index];
    anchor.current = row === undefined ? null : { rows: current, key: rowKeyRef.current(row), within: scrollTop - index * rowHeight };
  };

  useLayoutEffect(() => {
    const element = scrollRef.current;
    if (!element) return;
    const last = anchor.current;
    if (last !== null && last.rows !== rows && rows.length > last.rows.length) {
      const index = rows.findIndex((row) => rowKeyRef.current(row) === last.key);
      if (index !== -1) {
        const top = index * rowHeight + last.within;
        if (Math.abs(element.scrollTop - top) >= 1) element.scrollTop = top;
      }
    }
    remember(element.scrollTop);
    // Only a change of rows moves the anchor; scrolling re-reads it below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [rows, rowHeight]);

  useEffect(() => {
    const element = scrollRef.current;
    if (!element) return;
    const onScroll = () => remember(element.scrollTop);
    element.addEventListener('scroll', onScroll, { passive: true });
    return () => element.removeEventListener('scroll', onScroll);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [scrollRef, rowHeight]);
};
