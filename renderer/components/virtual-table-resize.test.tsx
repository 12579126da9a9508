import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { stubElementSize } from '../testing/viewport';
import { minColumnWidth, VirtualTable, type VirtualTableColumn } from './virtual-table';

interface Fruit {
  id: number;
  name: string;
  colour: string;
}

const fruits: Fruit[] = [
  { id: 1, name: 'apple', colour: 'red' },
  { id: 2, name: 'banana', colour: 'yellow' },
];

const Harness = ({ initial = {} as Record<string, number>, cell = vi.fn((row: Fruit) => row.colour) }) => {
  const [widths, setWidths] = useState(initial);
  const [query, setQuery] = useState('');
  const columns: VirtualTableColumn<Fruit>[] = [
    { id: 'name', header: 'Name', width: '1fr', cell: (row) => row.name },
    { id: 'colour', header: 'Colour', width: '120px', cell },
  ];
  return (
    <>
      <input aria-label="Search" value={query} onChange={(event) => setQuery(event.target.value)} />
      <VirtualTable
        label="Fruit"
        rows={fruits}
        columns={useState(columns)[0]}
        rowKey={(row) => row.id}
        activeKey={null}
        onActiveChange={() => undefined}
        onOpen={() => undefined}
        widths={widths}
        onWidthChange={(id, width) =>
          setWidths((current) => {
            const next = { ...current };
            if (width === null) delete next[id];
            else next[id] = width;
            return next;
          })
        }
      />
    </>
  );
};

let restoreSize: () => void;
beforeEach(() => {
  restoreSize = stubElementSize();
});
afterEach(() => restoreSize());

const template = () => screen.getByRole('grid', { name: 'Fruit' }).style.getPropertyValue('--virtual-table-columns');

describe('VirtualTable column widths', () => {
  it('draws a chosen width in place of the column’s own', () => {
    render(<Harness initial={{ colour: 200 }} />);
    expect(template()).toBe('1fr 200px');
    expect(screen.getByRole('separator', { name: 'Resize Colour' })).toHaveAttribute('aria-valuenow', '200');
  });

  it('resizes with the arrow keys on a column’s edge, never below the minimum, and Enter restores the default', async () => {
    const user = userEvent.setup();
    render(<Harness initial={{ colour: minColumnWidth + 8 }} />);
    screen.getByRole('separator', { name: 'Resize Colour' }).focus();
    await user.keyboard('{ArrowRight}');
    expect(template()).toBe(`1fr ${minColumnWidth + 24}px`);
    await user.keyboard('{ArrowLeft}{ArrowLeft}{ArrowLeft}');
    expect(template()).toBe(`1fr ${minColumnWidth}px`);
    await user.keyboard('{Enter}');
    expect(template()).toBe('1fr 120px');
  });

  it('does not draw unchanged rows again when something else on the screen changes', async () => {
    const user = userEvent.setup();
    const cell = vi.fn((row: Fruit) => row.colour);
    render(<Harness cell={cell} />);
    const drawn = cell.mock.calls.length;
    expect(drawn).toBeGreaterThan(0);
    await user.type(screen.getByRole('textbox', { name: 'Search' }), 'ban');
    expect(cell.mock.calls.length).toBe(drawn);
  });
});
