import { act, render } from '@testing-library/react';
import { useRef } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { useScrollAnchor } from './use-scroll-anchor';

const rowHeight = 32;
const ids = (from: number, to: number): number[] => Array.from({ length: to - from + 1 }, (_, index) => from + index);

const List = ({ rows }: { rows: readonly number[] }) => {
  const ref = useRef<HTMLDivElement>(null);
  useScrollAnchor(ref, rows, (row) => row, rowHeight);
  return <div ref={ref} data-testid="list" />;
};

/** The list element with its scroll offset kept in a plain value, and how often the offset was read. */
const mount = (rows: readonly number[]) => {
  const view = render(<List rows={rows} />);
  const element = view.getByTestId('list');
  let offset = 0;
  const reads = vi.fn(() => offset);
  Object.defineProperty(element, 'scrollTop', {
    configurable: true,
    get: reads,
    set: (value: number) => {
      offset = value;
    },
  });
  const scrollTo = (value: number) => {
    offset = value;
    act(() => {
      element.dispatchEvent(new Event('scroll'));
    });
  };
  return { view, reads, scrollTo, offset: () => offset };
};

describe('useScrollAnchor', () => {
  it('keeps the first row in view where it was when rows are sorted in above it', () => {
    const { view, scrollTo, offset } = mount(ids(100, 199));
    // Row 110 at the top, 10 px into it.
    scrollTo(10 * rowHeight + 10);
    view.rerender(<List rows={[...ids(1, 5), ...ids(100, 199)]} />);
    expect(offset()).toBe(15 * rowHeight + 10);
  });

  it('leaves the offset alone when a search narrows the rows', () => {
    const { view, scrollTo, offset } = mount(ids(100, 199));
    scrollTo(20 * rowHeight);
    view.rerender(<List rows={ids(100, 120)} />);
    expect(offset()).toBe(20 * rowHeight);
  });

  it('does not read the scroll offset when the rows change, so a keystroke does not force a layout', () => {
    const { view, reads, scrollTo } = mount(ids(100, 199));
    scrollTo(3 * rowHeight);
    reads.mockClear();
    view.rerender(<List rows={ids(100, 150)} />);
    view.rerender(<List rows={[...ids(1, 3), ...ids(100, 150)]} />);
    expect(reads).not.toHaveBeenCalled();
  });
});
