import { useVirtualizer } from '@tanstack/react-virtual';
import { ArrowDown, ArrowUp, ChevronsUpDown } from 'lucide-react';
import { memo, useCallback, useEffect, useId, useRef, useState, type ChangeEvent, type CSSProperties, type KeyboardEvent, type MouseEvent, type PointerEvent, type ReactNode } from 'react';
import { cx } from './cx';
import './virtual-table.css';

export type SortDirection = 'asc' | 'desc';

export interface TableSort {
  columnId: string;
  direction: SortDirection;
}

export interface VirtualTableColumn<Row> {
  id: string;
  header: string;
  /** A CSS grid track, e.g. `minmax(160px, 2fr)` or `96px`. */
  width: string;
  cell: (row: Row) => ReactNode;
  sortable?: boolean;
  align?: 'start' | 'end';
}

export interface VirtualTableProps<Row, Key extends string | number> {
  /** The table's accessible name. */
  label: string;
  rows: readonly Row[];
  columns: readonly VirtualTableColumn<Row>[];
  rowKey: (row: Row) => Key;
  sort?: TableSort;
  onSortChange?: (columnId: string) => void;
  /** The row the keyboard is on. */
  activeKey: Key | null;
  onActiveChange: (key: Key) => void;
  /** The row whose details are open: highlighted apart from the keyboard's row. */
  openKey?: Key | null;
  /** Enter or a click on a row. */
  onOpen: (key: Key) => void;
  /** Escape. */
  onClose?: () => void;
  rowHeight?: number;
  /**
   * Rows picked for a bulk action. With it the table leads with a checkbox column and becomes
   * multi-selectable: Space toggles the keyboard's row, Shift extends from the last row toggled,
   * Ctrl or Cmd+A picks every row shown. Keys of rows not shown are left as they are.
   */
  selection?: TableSelection<Row, Key>;
  /** Widths the user chose by dragging a header's edge (or with its arrow keys), in pixels, by column id. */
  widths?: Readonly<Record<string, number>>;
  /** Sets a column's width; null goes back to the column's own (a double-click on the edge). */
  onWidthChange?: (columnId: string, width: number | null) => void;
}

export interface TableSelection<Row, Key> {
  selected: ReadonlySet<Key>;
  onChange: (selected: ReadonlySet<Key>) => void;
  /** A row's checkbox label, e.g. `Select web-01`. */
  label: (row: Row) => string;
}

const headerHeight = 36;
const pageRows = 10;

const ariaSort = (sort: TableSort | undefined, columnId: string): 'ascending' | 'descending' | 'none' =>
  sort?.columnId !== columnId ? 'none' : sort.direction === 'asc' ? 'ascending' : 'descending';

const checkWidth = '18px';

/** The narrowest a column may be dragged to, and how far one arrow key press moves its edge. */
export const minColumnWidth = 56;
const widthStep = 16;

const ResizeHandle = ({ header, width, onChange }: { header: string; width: number | undefined; onChange: (width: number | null) => void }) => {
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
  return (
    <div
      ref={ref}
      role="separator"
      aria-orientation="vertical"
      aria-label={`Resize ${header}`}
      aria-valuenow={width ?? drawn}
      aria-valuemin={minColumnWidth}
      tabIndex={0}
      className="virtual-table__resize"
      title="Drag to resize; double-click for the default width"
      onPointerDown={onPointerDown}
      onDoubleClick={() => onChange(null)}
      onClick={(event) => event.stopPropagation()}
      onKeyDown={onKeyDown}
    />
  );
};

interface RowViewProps<Row> {
  id: string;
  row: Row;
  index: number;
  start: number;
  size: number;
  columns: readonly VirtualTableColumn<Row>[];
  active: boolean;
  open: boolean;
  /** Undefined without selection. */
  picked: boolean | undefined;
  pickLabel: string | undefined;
  /** Stable across renders: reads the table's latest handlers. */
  events: RowEvents;
  rowKeyValue: string | number;
}

interface RowEvents {
  click: (event: MouseEvent<HTMLDivElement>, key: string | number) => void;
  check: (event: ChangeEvent<HTMLInputElement>, key: string | number) => void;
  keepGridFocus: (event: MouseEvent) => void;
}

type RowCellsProps<Row> = Pick<RowViewProps<Row>, 'row' | 'columns' | 'picked' | 'pickLabel' | 'events' | 'rowKeyValue'>;

/** A row's cells, memoized apart from its position: a row that only moves (a filter above it) is not drawn again. */
const RowCells = memo(function RowCells<Row>({ row, columns, picked, pickLabel, events, rowKeyValue }: RowCellsProps<Row>) {
  return (
    <>
      {picked === undefined ? null : (
        <div role="gridcell" className="virtual-table__cell">
          <input
            type="checkbox"
            className="virtual-table__check"
            aria-label={pickLabel}
            checked={picked}
            tabIndex={-1}
            onMouseDown={events.keepGridFocus}
            onClick={(event) => event.stopPropagation()}
            onChange={(event) => events.check(event, rowKeyValue)}
          />
        </div>
      )}
      {columns.map((column) => (
        <div key={column.id} role="gridcell" className={cx('virtual-table__cell', column.align === 'end' && 'virtual-table__cell--end')}>
          {column.cell(row)}
        </div>
      ))}
    </>
  );
}) as <Row>(props: RowCellsProps<Row>) => ReactNode;

/**
 * One row, memoized: a keystroke in a search box re-renders the screen, but a row whose data, columns
 * and state did not change is not drawn again (cells can be costly: status, copy buttons, tags).
 */
const RowView = memo(function RowView<Row>({ id, row, index, start, size, columns, active, open, picked, pickLabel, events, rowKeyValue }: RowViewProps<Row>) {
  return (
    <div
      id={id}
      role="row"
      aria-rowindex={index + 2}
      aria-selected={picked ?? active}
      data-active={active || undefined}
      data-open={open || undefined}
      className="virtual-table__row"
      style={{ height: size, transform: `translateY(${start - headerHeight}px)` }}
      onClick={(event) => events.click(event, rowKeyValue)}
    >
      <RowCells row={row} columns={columns} picked={picked} pickLabel={pickLabel} events={events} rowKeyValue={rowKeyValue} />
    </div>
  );
}) as <Row>(props: RowViewProps<Row>) => ReactNode;

/** The header's checkbox shows "some" as the indeterminate state, which only a DOM property can set. */
const SelectAllBox = ({ state, onToggle, onMouseDown }: { state: 'all' | 'some' | 'none'; onToggle: () => void; onMouseDown: (event: MouseEvent) => void }) => {
  const ref = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (ref.current) ref.current.indeterminate = state === 'some';
  }, [state]);
  return (
    <input
      ref={ref}
      type="checkbox"
      className="virtual-table__check"
      aria-label="Select every row shown"
      checked={state === 'all'}
      tabIndex={-1}
      onMouseDown={onMouseDown}
      onChange={onToggle}
    />
  );
};

const SortIcon = ({ state }: { state: ReturnType<typeof ariaSort> }) =>
  state === 'ascending' ? <ArrowUp /> : state === 'descending' ? <ArrowDown /> : <ChevronsUpDown className="virtual-table__sort-idle" />;

/**
 * A table that renders only the rows in view, so ten thousand rows cost what thirty do. It is one
 * focus stop (an ARIA grid with `aria-activedescendant`): arrow keys, Page Up/Down, Home and End move
 * the keyboard's row, Enter opens it, Escape closes what it opened. With `selection`, rows can also be
 * picked for a bulk action; `aria-selected` then says which are picked, not which has the keyboard.
 */
export const VirtualTable = <Row, Key extends string | number>({
  label,
  rows,
  columns,
  rowKey,
  sort,
  onSortChange,
  activeKey,
  onActiveChange,
  openKey = null,
  onOpen,
  onClose,
  rowHeight = 44,
  selection,
  widths,
  onWidthChange,
}: VirtualTableProps<Row, Key>) => {
  const baseId = useId();
  const scrollRef = useRef<HTMLDivElement>(null);
  // Where a Shift+click or Shift+Space range starts: the row last toggled.
  const anchorRef = useRef<Key | null>(null);
  // The virtualizer rebuilds its measurements (one object per row) whenever getItemKey changes: keep
  // it stable while the rows are, so a render that changes no rows costs nothing per row.
  const rowKeyRef = useRef(rowKey);
  rowKeyRef.current = rowKey;
  const getItemKey = useCallback((index: number) => rowKeyRef.current(rows[index] as Row), [rows]);
  // The virtualizer is a mutable instance read during render; the compiler rightly leaves this component alone.
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

  const rowId = (key: Key) => `${baseId}-row-${key}`;
  const activeIndex = activeKey === null ? -1 : rows.findIndex((row) => rowKey(row) === activeKey);

  const moveTo = (index: number) => {
    const target = rows[Math.max(0, Math.min(rows.length - 1, index))];
    if (target === undefined) return;
    const key = rowKey(target);
    onActiveChange(key);
    virtualizer.scrollToIndex(rows.indexOf(target), { align: 'auto' });
  };

  const selected = selection?.selected;
  const selectState = (): 'all' | 'some' | 'none' => {
    if (!selected || selected.size === 0) return 'none';
    const shown = rows.filter((row) => selected.has(rowKey(row))).length;
    return shown === 0 ? 'none' : shown === rows.length ? 'all' : 'some';
  };

  /** Toggles the row, or with `extend` selects every row from the anchor to it. */
  const pick = (key: Key, extend: boolean) => {
    if (!selection) return;
    const next = new Set(selection.selected);
    const from = anchorRef.current === null ? -1 : rows.findIndex((row) => rowKey(row) === anchorRef.current);
    const to = rows.findIndex((row) => rowKey(row) === key);
    if (extend && from !== -1 && to !== -1) {
      for (const row of rows.slice(Math.min(from, to), Math.max(from, to) + 1)) next.add(rowKey(row));
    } else if (next.has(key)) {
      next.delete(key);
    } else {
      next.add(key);
    }
    anchorRef.current = key;
    selection.onChange(next);
  };

  const pickShown = (all: boolean) => {
    if (!selection) return;
    const next = new Set(selection.selected);
    for (const row of rows) {
      if (all) next.add(rowKey(row));
      else next.delete(rowKey(row));
    }
    selection.onChange(next);
  };

  const onSelectionKey = (event: KeyboardEvent<HTMLDivElement>): boolean => {
    if (!selection) return false;
    if (event.key === ' ' && activeKey !== null && activeIndex !== -1) {
      pick(activeKey, event.shiftKey);
      return true;
    }
    if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 'a') {
      pickShown(true);
      return true;
    }
    return false;
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.target !== event.currentTarget) return;
    if (onSelectionKey(event)) {
      event.preventDefault();
      return;
    }
    const moves: Record<string, number> = {
      ArrowDown: activeIndex + 1,
      ArrowUp: activeIndex === -1 ? 0 : activeIndex - 1,
      PageDown: activeIndex + pageRows,
      PageUp: activeIndex - pageRows,
      Home: 0,
      End: rows.length - 1,
    };
    const next = moves[event.key];
    if (next !== undefined) {
      event.preventDefault();
      moveTo(next);
    } else if (event.key === 'Enter' && activeKey !== null && activeIndex !== -1) {
      event.preventDefault();
      onOpen(activeKey);
    } else if (event.key === 'Escape' && onClose) {
      event.preventDefault();
      onClose();
    }
  };

  const tracks = [...(selection ? [checkWidth] : []), ...columns.map((column) => (widths?.[column.id] === undefined ? column.width : `${widths[column.id]}px`))];
  const style = { '--virtual-table-columns': tracks.join(' ') } as CSSProperties;
  const onRowClick = (event: MouseEvent<HTMLDivElement>, key: Key) => {
    onActiveChange(key);
    if (selection && (event.shiftKey || event.ctrlKey || event.metaKey)) {
      pick(key, event.shiftKey);
      return;
    }
    onOpen(key);
  };
  // The grid stays the one focus stop: a checkbox's click toggles it, and focus goes to the grid.
  const keepGridFocus = (event: MouseEvent) => {
    event.preventDefault();
    scrollRef.current?.focus({ preventScroll: true });
  };
  const onRowCheck = (event: ChangeEvent<HTMLInputElement>, key: Key) => {
    onActiveChange(key);
    // React reports a checkbox's change from its click, which says whether Shift was held.
    pick(key, 'shiftKey' in event.nativeEvent && event.nativeEvent.shiftKey === true);
  };
  // Rows get one stable object whose methods call the latest handlers, so memoized rows stay memoized.
  const latest = useRef({ onRowClick, onRowCheck, keepGridFocus });
  latest.current = { onRowClick, onRowCheck, keepGridFocus };
  const [events] = useState<RowEvents>(() => ({
    click: (event, key) => latest.current.onRowClick(event, key as Key),
    check: (event, key) => latest.current.onRowCheck(event, key as Key),
    keepGridFocus: (event) => latest.current.keepGridFocus(event),
  }));
  const activeVisible = activeIndex !== -1 && virtualizer.getVirtualItems().some((item) => item.index === activeIndex);

  return (
    <div
      ref={scrollRef}
      role="grid"
      aria-label={label}
      aria-rowcount={rows.length + 1}
      aria-colcount={columns.length + (selection ? 1 : 0)}
      aria-multiselectable={selection ? true : undefined}
      aria-activedescendant={activeVisible && activeKey !== null ? rowId(activeKey) : undefined}
      tabIndex={0}
      className="virtual-table"
      style={style}
      onKeyDown={onKeyDown}
    >
      <div role="row" aria-rowindex={1} className="virtual-table__row virtual-table__row--header">
        {selection ? (
          <div role="columnheader" className="virtual-table__header">
            <SelectAllBox state={selectState()} onToggle={() => pickShown(selectState() !== 'all')} onMouseDown={keepGridFocus} />
          </div>
        ) : null}
        {columns.map((column) => {
          const state = ariaSort(sort, column.id);
          return (
            <div
              key={column.id}
              role="columnheader"
              aria-sort={column.sortable ? state : undefined}
              className={cx('virtual-table__header', column.align === 'end' && 'virtual-table__cell--end')}
            >
              {column.sortable && onSortChange ? (
                <button type="button" className="virtual-table__sort" onClick={() => onSortChange(column.id)}>
                  {column.header}
                  <SortIcon state={state} />
                </button>
              ) : (
                column.header
              )}
              {onWidthChange ? <ResizeHandle header={column.header} width={widths?.[column.id]} onChange={(width) => onWidthChange(column.id, width)} /> : null}
            </div>
          );
        })}
      </div>
      <div role="rowgroup" className="virtual-table__body" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((item) => {
          const row = rows[item.index] as Row;
          const key = rowKey(row);
          return (
            <RowView
              key={item.key}
              id={rowId(key)}
              row={row}
              index={item.index}
              start={item.start}
              size={item.size}
              columns={columns}
              active={key === activeKey}
              open={key === openKey}
              picked={selected ? selected.has(key) : undefined}
              pickLabel={selection?.label(row)}
              events={events}
              rowKeyValue={key}
            />
          );
        })}
      </div>
    </div>
  );
};
