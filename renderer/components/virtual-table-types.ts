import type { ReactNode } from 'react';

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
  /**
   * When the table is too narrow for every column at its narrowest, columns go by this number,
   * highest first, so it never scrolls sideways; a column without one is always shown.
   */
  priority?: number;
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
  /** The ids of the columns left out to fit the table's width, each time they change. */
  onColumnsLeftOut?: (columnIds: readonly string[]) => void;
}

export interface TableSelection<Row, Key> {
  selected: ReadonlySet<Key>;
  onChange: (selected: ReadonlySet<Key>) => void;
  /** A row's checkbox label, e.g. `Select web-01`. */
  label: (row: Row) => string;
  /** Said with the "select every row shown" box when the rows are not the whole list (still loading, or a page failed). */
  note?: string;
}
