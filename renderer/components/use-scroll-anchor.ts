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
  // The scroll offset as the last scroll event (or this hook) left it. Reading the element's own
  // scrollTop after a render would force the browser to lay the page out inside the keystroke that
  // changed the rows (most of a search keystroke on 10,000 droplets, bench/ui-list), then again for
  // the frame; a change of rows that moves the offset (a shorter list clamps it) sends a scroll event.
  const scrollTop = useRef(0);
  // Read by the scroll listener; set after each render, before the anchor below is applied.
  useLayoutEffect(() => {
    rowKeyRef.current = rowKey;
    rowsRef.current = rows;
  });

  const remember = () => {
    const current = rowsRef.current;
    const offset = scrollTop.current;
    const index = Math.min(current.length - 1, Math.floor(offset / rowHeight));
    const row = current[index];
    anchor.current = row === undefined ? null : { rows: current, key: rowKeyRef.current(row), within: offset - index * rowHeight };
  };

  useLayoutEffect(() => {
    const element = scrollRef.current;
    if (!element) return;
    const last = anchor.current;
    if (last !== null && last.rows !== rows && rows.length > last.rows.length) {
      const index = rows.findIndex((row) => rowKeyRef.current(row) === last.key);
      if (index !== -1) {
        const top = index * rowHeight + last.within;
        if (Math.abs(scrollTop.current - top) >= 1) {
          element.scrollTop = top;
          scrollTop.current = top;
        }
      }
    }
    remember();
    // Only a change of rows moves the anchor; scrolling re-reads it below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [rows, rowHeight]);

  useEffect(() => {
    const element = scrollRef.current;
    if (!element) return;
    scrollTop.current = element.scrollTop;
    const onScroll = () => {
      scrollTop.current = element.scrollTop;
      remember();
    };
    element.addEventListener('scroll', onScroll, { passive: true });
    return () => element.removeEventListener('scroll', onScroll);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [scrollRef, rowHeight]);
};
