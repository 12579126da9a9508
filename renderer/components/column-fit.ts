import type { VirtualTableColumn } from './virtual-table-types';

/**
 * The row's own space, as virtual-table.css draws it: its padding (`--space-4` each side), the gap
 * between columns (`--space-2-5`) and the checkbox column when rows can be picked.
 */
export const rowChrome = { padding: 32, gap: 10, check: 18 } as const;

/** The narrowest a column's track can be: a fixed `Npx`, or the minimum of `minmax(Npx, …)`; 0 when it has none. */
export const trackMinWidth = (track: string): number => {
  const match = /^\s*(?:minmax\(\s*)?(\d+(?:\.\d+)?)px/.exec(track);
  return match ? Number(match[1]) : 0;
};

/** The width a row needs to show these columns at their narrowest. */
export const neededWidth = <Row>(
  columns: readonly VirtualTableColumn<Row>[],
  widths: Readonly<Record<string, number>> | undefined,
  selectable: boolean,
): number => {
  const tracks = columns.map((column) => widths?.[column.id] ?? trackMinWidth(column.width));
  const count = tracks.length + (selectable ? 1 : 0);
  return rowChrome.padding + (selectable ? rowChrome.check : 0) + tracks.reduce((sum, width) => sum + width, 0) + rowChrome.gap * Math.max(0, count - 1);
};

/**
 * The columns that fit `available` pixels without scrolling sideways: while they do not, the column
 * with the highest `priority` number goes (the last of equals first). Columns without a priority
 * always stay, so a table narrower than those alone still scrolls rather than lose its names.
 */
export const columnsThatFit = <Row>(
  columns: readonly VirtualTableColumn<Row>[],
  available: number,
  widths: Readonly<Record<string, number>> | undefined,
  selectable: boolean,
): readonly VirtualTableColumn<Row>[] => {
  let shown = [...columns];
  while (neededWidth(shown, widths, selectable) > available) {
    let drop = -1;
    shown.forEach((column, index) => {
      if (column.priority === undefined) return;
      const current = drop === -1 ? undefined : shown[drop]?.priority;
      if (current === undefined || column.priority >= current) drop = index;
    });
    if (drop === -1) break;
    shown = shown.filter((_, index) => index !== drop);
  }
  return shown.length === columns.length ? columns : shown;
};
