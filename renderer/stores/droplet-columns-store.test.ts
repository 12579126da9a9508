import { act, renderHook } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { useDropletColumnsActions, useHiddenDropletColumns } from './droplet-columns-store';

const renderStore = () => renderHook(() => ({ hidden: useHiddenDropletColumns(), actions: useDropletColumnsActions() }));

beforeEach(() => {
  const { result, unmount } = renderStore();
  act(() => result.current.actions.showAll());
  unmount();
  localStorage.clear();
});

describe('droplet columns store', () => {
  it('hides and shows a column and persists the choice', () => {
    const { result } = renderStore();
    act(() => result.current.actions.setVisible('image', false));
    act(() => result.current.actions.setVisible('tags', false));
    expect(result.current.hidden).toEqual(['image', 'tags']);
    expect(JSON.parse(localStorage.getItem('do-panel.droplet-columns') ?? '{}')).toMatchObject({ state: { hidden: ['image', 'tags'] } });
    act(() => result.current.actions.setVisible('image', true));
    expect(result.current.hidden).toEqual(['tags']);
  });
});
