import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { act, useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useDensityActions } from '../stores/density-store';
import { stubElementSize } from '../testing/viewport';
import { VirtualTable, type VirtualTableColumn } from './virtual-table';

interface Fruit {
  id: number;
  name: string;
}

const fruits: Fruit[] = ['apple', 'banana', 'cherry', 'damson', 'elder'].map((name, index) => ({ id: index + 1, name }));
const columns: VirtualTableColumn<Fruit>[] = [{ id: 'name', header: 'Name', width: '1fr', cell: (row) => row.name }];

const Harness = ({ rows = fruits, selectable = true, onOpen = vi.fn(), initial = [] as number[] }) => {
  const [active, setActive] = useState<number | null>(null);
  const [selected, setSelected] = useState<ReadonlySet<number>>(new Set(initial));
  return (
    <>
      <VirtualTable
        label="Fruit"
        rows={rows}
        columns={columns}
        rowKey={(row) => row.id}
        activeKey={active}
        onActiveChange={setActive}
        onOpen={onOpen}
        selection={selectable ? { selected, onChange: setSelected, label: (row) => `Select ${row.name}` } : undefined}
      />
      <output aria-label="Picked">{[...selected].sort((a, b) => a - b).join(',')}</output>
    </>
  );
};

let restoreSize: () => void;
beforeEach(() => {
  restoreSize = stubElementSize();
});
afterEach(() => restoreSize());

const picked = () => screen.getByRole('status', { name: 'Picked' }).textContent;
const box = (name: string) => screen.getByRole('checkbox', { name: `Select ${name}` });
const selectAll = () => screen.getByRole('checkbox', { name: 'Select every row shown' });
const rowOf = (name: string) => screen.getAllByRole('row').find((row) => row.textContent?.includes(name)) as HTMLElement;

describe('VirtualTable selection', () => {
  it('adds nothing when the table is not selectable', () => {
    render(<Harness selectable={false} />);
    const grid = screen.getByRole('grid', { name: 'Fruit' });
    expect(grid).not.toHaveAttribute('aria-multiselectable');
    expect(grid).toHaveAttribute('aria-colcount', '1');
    expect(screen.queryByRole('checkbox')).not.toBeInTheDocument();
  });

  it('toggles a row with its checkbox without opening it, and keeps the grid the one focus stop', async () => {
    const user = userEvent.setup();
    const onOpen = vi.fn();
    render(<Harness onOpen={onOpen} />);
    const grid = screen.getByRole('grid', { name: 'Fruit' });
    expect(grid).toHaveAttribute('aria-multiselectable', 'true');
    expect(grid).toHaveAttribute('aria-colcount', '2');
    for (const checkbox of screen.getAllByRole('checkbox')) expect(checkbox).toHaveAttribute('tabindex', '-1');

    await user.click(box('banana'));
    expect(picked()).toBe('2');
    expect(box('banana')).toBeChecked();
    expect(rowOf('banana')).toHaveAttribute('aria-selected', 'true');
    expect(rowOf('apple')).toHaveAttribute('aria-selected', 'false');
    expect(onOpen).not.toHaveBeenCalled();
    expect(grid).toHaveFocus();

    await user.click(box('banana'));
    expect(picked()).toBe('');
  });

  it('selects a range with Shift+click, from the row last toggled', async () => {
    const user = userEvent.setup();
    const onOpen = vi.fn();
    render(<Harness onOpen={onOpen} />);
    await user.click(box('banana'));
    await user.keyboard('{Shift>}');
    await user.click(box('damson'));
    await user.keyboard('{/Shift}');
    expect(picked()).toBe('2,3,4');

    await user.keyboard('{Shift>}');
    await user.click(rowOf('elder'));
    await user.keyboard('{/Shift}');
    expect(picked()).toBe('2,3,4,5');
    expect(onOpen).not.toHaveBeenCalled();
  });

  it('toggles the keyboard’s row with Space and picks every row shown with Ctrl+A', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    const grid = screen.getByRole('grid', { name: 'Fruit' });
    grid.focus();
    await user.keyboard('{ArrowDown}{ArrowDown} ');
    expect(picked()).toBe('2');
    const active = document.getElementById(grid.getAttribute('aria-activedescendant') ?? '');
    expect(active).toHaveTextContent('banana');
    expect(active).toHaveAttribute('aria-selected', 'true');

    await user.keyboard('{ArrowDown}{ArrowDown}{Shift>} {/Shift}');
    expect(picked()).toBe('2,3,4');

    await user.keyboard('{Control>}a{/Control}');
    expect(picked()).toBe('1,2,3,4,5');
    await user.keyboard('{Meta>}a{/Meta}');
    expect(picked()).toBe('1,2,3,4,5');
  });

  it('picks all or none of the rows shown from the header, and shows "some" as indeterminate', async () => {
    const user = userEvent.setup();
    // A key picked elsewhere (a row the filters hide) is left alone.
    render(<Harness rows={fruits.slice(0, 3)} initial={[2, 99]} />);
    expect(selectAll()).not.toBeChecked();
    expect(selectAll()).toHaveProperty('indeterminate', true);

    await user.click(selectAll());
    expect(picked()).toBe('1,2,3,99');
    expect(selectAll()).toBeChecked();
    expect(selectAll()).toHaveProperty('indeterminate', false);

    await user.click(selectAll());
    expect(picked()).toBe('99');
    expect(selectAll()).not.toBeChecked();
    expect(selectAll()).toHaveProperty('indeterminate', false);
    expect(within(screen.getByRole('grid')).getAllByRole('row')).toHaveLength(4);
  });

  it('still opens a row on a plain click', async () => {
    const user = userEvent.setup();
    const onOpen = vi.fn();
    render(<Harness onOpen={onOpen} />);
    await user.click(rowOf('cherry'));
    expect(onOpen).toHaveBeenCalledWith(3);
    expect(picked()).toBe('');
  });
});

describe('VirtualTable density', () => {
  const DensityHarness = () => {
    const { choose } = useDensityActions();
    return (
      <>
        <button type="button" onClick={() => choose('comfortable')}>
          Comfortable
        </button>
        <Harness selectable={false} />
      </>
    );
  };
  const rowHeights = () => within(screen.getByRole('grid')).getAllByRole('row').slice(1).map((row) => row.style.height);
  const rowTops = () => within(screen.getByRole('grid')).getAllByRole('row').slice(1).map((row) => row.style.transform);

  afterEach(() => act(() => localStorage.clear()));

  it('draws compact rows by default and measures them again when the density changes', async () => {
    const user = userEvent.setup();
    render(<DensityHarness />);
    expect(screen.getByRole('grid')).toHaveAttribute('data-density', 'compact');
    expect(new Set(rowHeights())).toEqual(new Set(['32px']));
    expect(rowTops().slice(0, 3)).toEqual(['translateY(0px)', 'translateY(32px)', 'translateY(64px)']);

    await user.click(screen.getByRole('button', { name: 'Comfortable' }));
    expect(screen.getByRole('grid')).toHaveAttribute('data-density', 'comfortable');
    expect(new Set(rowHeights())).toEqual(new Set(['44px']));
    expect(rowTops().slice(0, 3)).toEqual(['translateY(0px)', 'translateY(44px)', 'translateY(88px)']);
  });
});

describe('VirtualTable rows', () => {
  it('updates the rows in view in place when the rows change (a search), each with its own row’s id, text and state', async () => {
    const user = userEvent.setup();
    const { rerender } = render(<Harness />);
    await user.click(box('apple'));
    const firstRow = rowOf('apple');
    rerender(<Harness rows={[fruits[2] as Fruit, fruits[4] as Fruit]} />);
    const rows = screen.getAllByRole('row').filter((row) => row.getAttribute('aria-rowindex') !== '1');
    expect(rows.map((row) => row.textContent)).toEqual(['cherry', 'elder']);
    // The same element, now cherry's: nothing was removed and built again.
    expect(rows[0]).toBe(firstRow);
    expect(rows[0]?.id).toMatch(/-row-3$/);
    expect(box('cherry')).not.toBeChecked();
    expect(picked()).toBe('1');
  });
});
