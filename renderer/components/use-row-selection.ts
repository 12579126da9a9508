import { useRef } from 'react';
import type { TableSelection } from './virtual-table-types';

/** Whether the header's checkbox shows every row shown picked, some of them, or none. */
export type SelectState = 'all' | 'some' | 'none';

/**
 * Picking rows for a bulk action: a toggle, a range from the row last toggled (Shift), and every row
 * shown at once. Keys of rows not shown are left as they are. Without `selection` nothing is picked.
 */
export const useRowSelection = <Row, Key extends string | number>(
  rows: readonly Row[],
  rowKey: (row: Row) => Key,
  selection: TableSelection<Row, Key> | undefined,
) => {
  // Where a Shift+click or Shift+Space range starts: the row last toggled.
  const anchorRef = useRef<Key | null>(null);

  const selectState = (): SelectState => {
    const selected = selection?.selected;
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

  /** Picks every row shown, or with `all` false unpicks them. */
  const pickShown = (all: boolean) => {
    if (!selection) return;
    const next = new Set(selection.selected);
    for (const row of rows) {
      if (all) next.add(rowKey(row));
      else next.delete(rowKey(row));
    }
    selection.onChange(next);
  };

  return { selectState, pick, pickShown };
};
