import { act, renderHook } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';

const storageKey = 'do-panel.density';

/** A fresh copy of the store module, so it hydrates from whatever localStorage holds now. */
const loadStore = async () => {
  vi.resetModules();
  return import('./density-store');
};

beforeEach(() => {
  localStorage.clear();
});

describe('density store', () => {
  it('starts compact, and a compact row is about 32 px', async () => {
    const { useRowDensity, rowDensities } = await loadStore();
    const { result } = renderHook(() => useRowDensity());
    expect(result.current).toBe('compact');
    expect(rowDensities.compact.rowHeight).toBe(32);
  });

  it('remembers the choice on the next launch', async () => {
    const first = await loadStore();
    const { result } = renderHook(() => first.useDensityActions());
    act(() => result.current.choose('comfortable'));
    expect(JSON.parse(localStorage.getItem(storageKey) ?? '{}').state).toEqual({ density: 'comfortable' });

    const second = await loadStore();
    expect(renderHook(() => second.useRowDensity()).result.current).toBe('comfortable');
  });

  it('keeps the default when storage holds something it does not know', async () => {
    localStorage.setItem(storageKey, JSON.stringify({ state: { density: 'cramped' }, version: 0 }));
    const { useRowDensity } = await loadStore();
    expect(renderHook(() => useRowDensity()).result.current).toBe('compact');
  });
});
