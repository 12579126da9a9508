import { act, renderHook } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';

const storageKey = 'do-panel.sidebar';

/** A fresh copy of the store module, so it hydrates from whatever localStorage holds now. */
const loadStore = async () => {
  vi.resetModules();
  return import('./sidebar-store');
};

beforeEach(() => {
  localStorage.clear();
});

describe('sidebar store', () => {
  it('starts expanded and toggles', async () => {
    const { useSidebarActions, useSidebarCollapsed } = await loadStore();
    const { result } = renderHook(() => ({ collapsed: useSidebarCollapsed(), actions: useSidebarActions() }));
    expect(result.current.collapsed).toBe(false);

    act(() => result.current.actions.toggle());
    expect(result.current.collapsed).toBe(true);

    act(() => result.current.actions.toggle());
    expect(result.current.collapsed).toBe(false);
  });

  it('restores the collapsed state on the next launch', async () => {
    const first = await loadStore();
    const { result } = renderHook(() => first.useSidebarActions());
    act(() => result.current.setCollapsed(true));

    const second = await loadStore();
    expect(renderHook(() => second.useSidebarCollapsed()).result.current).toBe(true);
  });

  it('ignores a stored value that is not a boolean', async () => {
    localStorage.setItem(storageKey, JSON.stringify({ state: { collapsed: 'yes' }, version: 0 }));
    const { useSidebarCollapsed } = await loadStore();
    expect(renderHook(() => useSidebarCollapsed()).result.current).toBe(false);
  });
});
