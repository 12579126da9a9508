import { act, renderHook } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';

const storageKey = 'do-panel.theme';

/** A fresh copy of the store module, so it hydrates from whatever localStorage holds now. */
const loadStore = async () => {
  vi.resetModules();
  return import('./theme-store');
};

beforeEach(() => {
  localStorage.clear();
});

describe('theme store', () => {
  it('defaults to System', async () => {
    const { useThemePreference } = await loadStore();
    expect(renderHook(() => useThemePreference()).result.current).toBe('system');
  });

  it('persists the choice and restores it on the next launch', async () => {
    const first = await loadStore();
    const { result } = renderHook(() => first.useThemeActions());
    act(() => result.current.choose('dark'));
    expect(JSON.parse(localStorage.getItem(storageKey) ?? '{}')).toMatchObject({ state: { preference: 'dark' } });

    const second = await loadStore();
    expect(renderHook(() => second.useThemePreference()).result.current).toBe('dark');
  });

  it('ignores a stored value it does not know', async () => {
    localStorage.setItem(storageKey, JSON.stringify({ state: { preference: 'sepia' }, version: 0 }));
    const { useThemePreference } = await loadStore();
    expect(renderHook(() => useThemePreference()).result.current).toBe('system');
  });
});
