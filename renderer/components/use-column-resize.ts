import { useEffect, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import type { VirtualTableColumn } from './virtual-table-types';

/** The narrowest a column may be dragged to, and how far one arrow key press moves its edge. */
export const minColumnWidth = 56;
const widthStep = 16;

/** The checkbox column's track, when rows can be picked. */
const checkWidth = '18px';

/** The grid's column tracks: each column's own width, or the width the user chose for it. */
export const columnTracks = <Row>(
  columns: readonly VirtualTableColumn<Row>[],
  widths: Readonly<Record<string, number>> | undefined,
  selectable: boolean,
): string =>
  [...(selectable ? [checkWidth] : []), ...columns.map((column) => (widths?.[column.id] === undefined ? column.width : `${widths[column.id]}px`))].join(
    ' ',
  );

/**
 * A header edge that resizes its column: dragged with the pointer, or moved with the arrow keys; Enter,
 * Delete or a double-click give the column back its own width (`null`).
 */
export const useColumnResize = (width: number | undefined, onChange: (width: number | null) => void) => {
  const ref = useRef<HTMLDivElement>(null);
  const measure = () => Math.round(ref.current?.parentElement?.getBoundingClientRect().width ?? minColumnWidth);
  // A focusable separator must say where it is: the chosen width, or the column's drawn width.
  const [drawn, setDrawn] = useState<number>(minColumnWidth);
  useEffect(() => {
    const column = ref.current?.parentElement;
    if (!column || typeof ResizeObserver === 'undefined') return undefined;
    const observer = new ResizeObserver(() => setDrawn(Math.round(column.getBoundingClientRect().width)));
    observer.observe(column);
    return () => observer.disconnect();
  }, []);
  const current = () => width ?? measure();
  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    event.preventDefault();
    event.stopPropagation();
    const startX = event.clientX;
    const startWidth = current();
    const target = event.currentTarget;
    target.setPointerCapture(event.pointerId);
    const move = (moved: globalThis.PointerEvent) => onChange(Math.max(minColumnWidth, Math.round(startWidth + moved.clientX - startX)));
    const stop = () => {
      target.removeEventListener('pointermove', move);
      target.removeEventListener('pointerup', stop);
      target.removeEventListener('pointercancel', stop);
    };
    target.addEventListener('pointermove', move);
    target.addEventListener('pointerup', stop);
    target.addEventListener('pointercancel', stop);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const step = event.key === 'ArrowRight' ? widthStep : event.key === 'ArrowLeft' ? -widthStep : 0;
    if (step !== 0) {
      event.preventDefault();
      onChange(Math.max(minColumnWidth, Math.round(current() + step)));
    } else if (event.key === 'Enter' || event.key === 'Delete') {
      event.preventDefault();
      onChange(null);
    }
  };
  return { ref, valueNow: width ?? drawn, onPointerDown, onKeyDown };
};
