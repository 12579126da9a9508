import { useEffect, useId, useLayoutEffect, useMemo, useRef, type ChangeEvent, type CSSProperties, type MouseEvent } from 'react';
import { columnsThatFit } from './column-fit';
import { columnTracks } from './use-column-resize';
import { useElementWidth } from './use-element-width';
import { rowDensities, useRowDensity } from '../stores/density-store';
import { useRowSelection } from './use-row-selection';
import { useScrollAnchor } from './use-scroll-anchor';
import { useTableKeyboard } from './use-table-keyboard';
import { useTableVirtualizer } from './use-table-virtualizer';
import { VirtualTableHeader } from './virtual-table-header';
import { RowView, useRowEvents } from './virtual-table-row';
import type { VirtualTableProps } from './virtual-table-types';
import './virtual-table.css';

export { minColumnWidth } from './use-column-resize';
export type { SortDirection, TableSelection, TableSort, VirtualTableColumn, VirtualTableProps } from './virtual-table-types';

/**
 * A table that renders only the rows in view, so ten thousand rows cost what thirty do. It is one
 * focus stop (an ARIA grid with `aria-activedescendant`): arrow keys, Page Up/Down, Home and End move
 * the keyboard's row, Enter opens it, Escape closes what it opened. With `selection`, rows can also be
 * picked for a bulk action (Escape then unpicks them before it closes anything); `aria-selected` then
 * says which are picked, not which has the keyboard.
 * Rows are as tall as the density chosen in Settings (compact by default), and columns with a
 * `priority` are left out, highest number first, when the table is too narrow to show them all.
 */
export const VirtualTable = <Row, Key extends string | number>({
  label,
  rows,
  columns: allColumns,
  rowKey,
  sort,
  onSortChange,
  activeKey,
  onActiveChange,
  openKey = null,
  onOpen,
  onClose,
  selection,
  widths,
  onWidthChange,
  onColumnsLeftOut,
}: VirtualTableProps<Row, Key>) => {
  const baseId = useId();
  const scrollRef = useRef<HTMLDivElement>(null);
  const density = useRowDensity();
  const metrics = rowDensities[density];
  // Columns go by priority as the table narrows, so it never scrolls sideways (the pane open, a small window).
  const width = useElementWidth(scrollRef);
  const selectable = Boolean(selection);
  const columns = useMemo(() => columnsThatFit(allColumns, width, widths, selectable), [allColumns, width, widths, selectable]);
  const leftOut = allColumns.filter((column) => !columns.includes(column)).map((column) => column.id).join(' ');
  const reportLeftOut = useRef(onColumnsLeftOut);
  useLayoutEffect(() => {
    reportLeftOut.current = onColumnsLeftOut;
  });
  useEffect(() => {
    reportLeftOut.current?.(leftOut === '' ? [] : leftOut.split(' '));
  }, [leftOut]);
  useEffect(() => () => reportLeftOut.current?.([]), []);
  const virtualizer = useTableVirtualizer(scrollRef, rows, metrics);
  useScrollAnchor(scrollRef, rows, rowKey, metrics.rowHeight);
  const { selectState, pick, pickShown } = useRowSelection(rows, rowKey, selection);

  const rowId = (key: Key) => `${baseId}-row-${key}`;
  const activeIndex = activeKey === null ? -1 : rows.findIndex((row) => rowKey(row) === activeKey);

  const moveTo = (index: number) => {
    const target = rows[Math.max(0, Math.min(rows.length - 1, index))];
    if (target === undefined) return;
    const key = rowKey(target);
    onActiveChange(key);
    virtualizer.scrollToIndex(rows.indexOf(target), { align: 'auto' });
  };

  const onKeyDown = useTableKeyboard({
    rowCount: rows.length,
    activeKey,
    activeIndex,
    moveTo,
    onOpen,
    onClose,
    selection: selection ? { pick, pickShown, picked: selection.selected.size > 0, clear: () => selection.onChange(new Set()) } : undefined,
  });

  const style = {
    '--virtual-table-columns': columnTracks(columns, widths, Boolean(selection)),
    '--virtual-table-header-height': `${metrics.headerHeight}px`,
  } as CSSProperties;
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
  const events = useRowEvents<Key>({ onRowClick, onRowCheck, keepGridFocus });
  const items = virtualizer.getVirtualItems();
  const activeVisible = activeIndex !== -1 && items.some((item) => item.index === activeIndex);
  const selected = selection?.selected;

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
      data-density={density}
      style={style}
      onKeyDown={onKeyDown}
    >
      <VirtualTableHeader
        columns={columns}
        sort={sort}
        onSortChange={onSortChange}
        widths={widths}
        onWidthChange={onWidthChange}
        selectAll={
          selection
            ? { state: selectState(), onToggle: () => pickShown(selectState() !== 'all'), onMouseDown: keepGridFocus, note: selection.note }
            : undefined
        }
      />
      <div role="rowgroup" className="virtual-table__body" style={{ height: virtualizer.getTotalSize() }}>
        {items.map((item) => {
          const row = rows[item.index] as Row;
          const key = rowKey(row);
          return (
            // Keyed by position, not by row: a search that replaces every row in view then updates
            // these rows in place rather than removing thirty and building thirty (most of a
            // keystroke on 10,000 droplets, bench/ui-list), and their DOM order never has to move.
            // State inside a row belongs to its position: a cell whose state is about its row's data
            // resets it when the data changes (as CopyButton does for its value).
            <RowView
              key={item.index}
              id={rowId(key)}
              row={row}
              index={item.index}
              top={item.start - metrics.headerHeight}
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
