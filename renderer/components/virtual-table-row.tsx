import { memo, useLayoutEffect, useRef, useState, type ChangeEvent, type MouseEvent, type ReactNode } from 'react';
import { cx } from './cx';
import type { VirtualTableColumn } from './virtual-table-types';

interface RowViewProps<Row> {
  id: string;
  row: Row;
  index: number;
  /** Where the row starts inside the body, in pixels. */
  top: number;
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

/** What a row reports to its table. */
export interface RowEvents {
  click: (event: MouseEvent<HTMLDivElement>, key: string | number) => void;
  check: (event: ChangeEvent<HTMLInputElement>, key: string | number) => void;
  keepGridFocus: (event: MouseEvent) => void;
}

/** The table's handlers for its rows, by the key type the table knows. */
export interface RowHandlers<Key> {
  onRowClick: (event: MouseEvent<HTMLDivElement>, key: Key) => void;
  onRowCheck: (event: ChangeEvent<HTMLInputElement>, key: Key) => void;
  keepGridFocus: (event: MouseEvent) => void;
}

/** Rows get one stable object whose methods call the latest handlers, so memoized rows stay memoized. */
export const useRowEvents = <Key extends string | number>(handlers: RowHandlers<Key>): RowEvents => {
  const latest = useRef(handlers);
  // Updated on commit, before the browser can deliver another event to a row.
  useLayoutEffect(() => {
    latest.current = handlers;
  });
  const [events] = useState<RowEvents>(() => ({
    click: (event, key) => latest.current.onRowClick(event, key as Key),
    check: (event, key) => latest.current.onRowCheck(event, key as Key),
    keepGridFocus: (event) => latest.current.keepGridFocus(event),
  }));
  return events;
};

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
export const RowView = memo(function RowView<Row>({ id, row, index, top, size, columns, active, open, picked, pickLabel, events, rowKeyValue }: RowViewProps<Row>) {
  return (
    <div
      id={id}
      role="row"
      aria-rowindex={index + 2}
      aria-selected={picked ?? active}
      data-active={active || undefined}
      data-open={open || undefined}
      className="virtual-table__row"
      style={{ height: size, transform: `translateY(${top}px)` }}
      onClick={(event) => events.click(event, rowKeyValue)}
    >
      <RowCells row={row} columns={columns} picked={picked} pickLabel={pickLabel} events={events} rowKeyValue={rowKeyValue} />
    </div>
  );
}) as <Row>(props: RowViewProps<Row>) => ReactNode;
