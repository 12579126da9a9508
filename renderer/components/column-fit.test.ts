import { describe, expect, it } from 'vitest';
import { columnsThatFit, neededWidth, trackMinWidth } from './column-fit';
import type { VirtualTableColumn } from './virtual-table-types';

const column = (id: string, width: string, priority?: number): VirtualTableColumn<unknown> => ({ id, header: id, width, cell: () => null, priority });

// 32 padding + 100 + 10 + 80 + 10 + 60 + 10 + 40 = 342 without the checkbox column.
const columns = [column('name', 'minmax(100px, 2fr)'), column('status', 'minmax(80px, 1fr)', 1), column('region', '60px', 3), column('price', 'minmax(40px, 0.4fr)', 2)];
const ids = (shown: readonly VirtualTableColumn<unknown>[]) => shown.map((shownColumn) => shownColumn.id);

describe('trackMinWidth', () => {
  it('reads a fixed track and the minimum of a minmax track', () => {
    expect(trackMinWidth('96px')).toBe(96);
    expect(trackMinWidth('minmax(170px, 1.5fr)')).toBe(170);
    expect(trackMinWidth('1fr')).toBe(0);
  });
});

describe('columnsThatFit', () => {
  it('keeps every column when they fit at their narrowest', () => {
    expect(neededWidth(columns, undefined, false)).toBe(342);
    expect(columnsThatFit(columns, 342, undefined, false)).toBe(columns);
  });

  it('drops the highest priority number first as the width shrinks, keeping the order', () => {
    expect(ids(columnsThatFit(columns, 341, undefined, false))).toEqual(['name', 'status', 'price']);
    expect(ids(columnsThatFit(columns, 271, undefined, false))).toEqual(['name', 'status']);
    expect(ids(columnsThatFit(columns, 221, undefined, false))).toEqual(['name']);
  });

  it('never drops a column without a priority, even when nothing else is left to drop', () => {
    expect(ids(columnsThatFit(columns, 50, undefined, false))).toEqual(['name']);
  });

  it('counts the checkbox column and widths the person dragged columns to', () => {
    // The checkbox adds 18 and one gap: 370 fits everything, 369 does not.
    expect(ids(columnsThatFit(columns, 370, undefined, true))).toEqual(['name', 'status', 'region', 'price']);
    expect(ids(columnsThatFit(columns, 369, undefined, true))).toEqual(['name', 'status', 'price']);
    // Status dragged to 200 px: 120 more than its minimum.
    expect(ids(columnsThatFit(columns, 370 + 119, { status: 200 }, true))).toEqual(['name', 'status', 'price']);
  });
});
