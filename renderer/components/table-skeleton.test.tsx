import { act, render, renderHook, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useDensityActions } from '../stores/density-store';
import { TableSkeleton } from './table-skeleton';

describe('TableSkeleton', () => {
  it('draws its rows as tall as the chosen density draws the table’s, so nothing jumps when the rows come', () => {
    const { result } = renderHook(() => useDensityActions());
    act(() => result.current.choose('compact'));
    render(<TableSkeleton what="droplets" />);
    const skeleton = screen.getByRole('status');
    expect(skeleton).toHaveTextContent('Loading droplets');
    expect(skeleton.style.getPropertyValue('--table-skeleton-row-height')).toBe('32px');
    act(() => result.current.choose('comfortable'));
    expect(skeleton.style.getPropertyValue('--table-skeleton-row-height')).toBe('44px');
    expect(skeleton.style.getPropertyValue('--table-skeleton-header-height')).toBe('36px');
  });
});
