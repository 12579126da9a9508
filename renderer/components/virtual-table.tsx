import { useVirtualizer } from '@tanstack/react-virtual';
import { ArrowDown, ArrowUp, ChevronsUpDown } from 'lucide-react';
import { useId, useRef, type CSSProperties, type KeyboardEvent, type ReactNode } from 'react';
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
}

const headerHeight = 36;
const pageRows = 10;

const ariaSort = (sort: TableSort | undefined, columnId: string): 'ascending' | 'descending' | 'none' =>
  sort?.columnId !== columnId ? 'none' : sort.direction === 'asc' ? 'ascending' : 'descending';

const SortIcon = ({ state }: { state: ReturnType<typeof ariaSort> }) =>
  state === 'ascending' ? <ArrowUp /> : state === 'descending' ? <ArrowDown /> : <ChevronsUpDown className="virtual-table__sort-idle" />;

/**
 * A table that renders only the rows in view, so ten thousand rows cost what thirty do. It is one
 * focus stop (an ARIA grid with `aria-activedescendant`): arrow keys, Page Up/Down, Home and End move
 * the keyboard's row, Enter opens it, Escape closes what it opened.
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
}: VirtualTableProps<Row, Key>) => {
  const baseId = useId();
  const scrollRef = useRef<HTMLDivElement>(null);
  // The virtualizer is a mutable instance read during render; the compiler rightly leaves this component alone.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    getItemKey: (index) => rowKey(rows[index] as Row),
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

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.target !== event.currentTarget) return;
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

  const style = { '--virtual-table-columns': columns.map((column) => column.width).join(' ') } as CSSProperties;
  const activeVisible = activeIndex !== -1 && virtualizer.getVirtualItems().some((item) => item.index === activeIndex);

  return (
    <div
      ref={scrollRef}
      role="grid"
      aria-label={label}
      aria-rowcount={rows.length + 1}
      aria-colcount={columns.length}
      aria-activedescendant={activeVisible && activeKey !== null ? rowId(activeKey) : undefined}
      tabIndex={0}
      className="virtual-table"
      style={style}
      onKeyDown={onKeyDown}
    >
      <div role="row" aria-rowindex={1} className="virtual-table__row virtual-table__row--header">
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
            </div>
          );
        })}
      </div>
      <div role="rowgroup" className="virtual-table__body" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((item) => {
          const row = rows[item.index] as Row;
          const key = rowKey(row);
          return (
            <div
              key={item.key}
              id={rowId(key)}
              role="row"
              aria-rowindex={item.index + 2}
              aria-selected={key === activeKey}
              data-open={key === openKey || undefined}
              className="virtual-table__row"
              style={{ height: item.size, transform: `translateY(${item.start - headerHeight}px)` }}
              onClick={() => {
                onActiveChange(key);
                onOpen(key);
              }}
            >
              {columns.map((column) => (
                <div key={column.id} role="gridcell" className={cx('virtual-table__cell', column.align === 'end' && 'virtual-table__cell--end')}>
                  {column.cell(row)}
                </div>
              ))}
            </div>
          );
        })}
      </div>
    </div>
  );
};
