import { ArrowDown, ArrowUp, ChevronsUpDown } from 'lucide-react';
import { useEffect, useRef, type MouseEvent } from 'react';
import { ColumnResizeHandle } from './column-resize-handle';
import { cx } from './cx';
import type { SelectState } from './use-row-selection';
import type { TableSort, VirtualTableColumn } from './virtual-table-types';

const ariaSort = (sort: TableSort | undefined, columnId: string): 'ascending' | 'descending' | 'none' =>
  sort?.columnId !== columnId ? 'none' : sort.direction === 'asc' ? 'ascending' : 'descending';

/** The header's checkbox shows "some" as the indeterminate state, which only a DOM property can set. */
const SelectAllBox = ({ state, onToggle, onMouseDown, note }: { state: SelectState; onToggle: () => void; onMouseDown: (event: MouseEvent) => void; note?: string }) => {
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
      aria-description={note}
      title={note}
      checked={state === 'all'}
      tabIndex={-1}
      onMouseDown={onMouseDown}
      onChange={onToggle}
    />
  );
};

const SortIcon = ({ state }: { state: ReturnType<typeof ariaSort> }) =>
  state === 'ascending' ? <ArrowUp /> : state === 'descending' ? <ArrowDown /> : <ChevronsUpDown className="virtual-table__sort-idle" />;

interface VirtualTableHeaderProps<Row> {
  columns: readonly VirtualTableColumn<Row>[];
  sort: TableSort | undefined;
  onSortChange: ((columnId: string) => void) | undefined;
  widths: Readonly<Record<string, number>> | undefined;
  onWidthChange: ((columnId: string, width: number | null) => void) | undefined;
  /** Present when rows can be picked: the header then leads with a checkbox for every row shown. */
  selectAll?: { state: SelectState; onToggle: () => void; onMouseDown: (event: MouseEvent) => void; note?: string };
}

/** The header row: a sort button per sortable column, and a resize edge per column when widths can change. */
export const VirtualTableHeader = <Row,>({ columns, sort, onSortChange, widths, onWidthChange, selectAll }: VirtualTableHeaderProps<Row>) => (
  <div role="row" aria-rowindex={1} className="virtual-table__row virtual-table__row--header">
    {selectAll ? (
      <div role="columnheader" className="virtual-table__header">
        <SelectAllBox state={selectAll.state} onToggle={selectAll.onToggle} onMouseDown={selectAll.onMouseDown} note={selectAll.note} />
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
          {onWidthChange ? <ColumnResizeHandle header={column.header} width={widths?.[column.id]} onChange={(width) => onWidthChange(column.id, width)} /> : null}
        </div>
      );
    })}
  </div>
);
