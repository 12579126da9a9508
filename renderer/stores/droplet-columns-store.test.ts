import { act, renderHook } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { knownWidths, useDropletColumnsActions, useDropletColumnWidths, useHiddenDropletColumns } from './droplet-columns-store';

const renderStore = () => renderHook(() => ({ hidden: useHiddenDropletColumns(), widths: useDropletColumnWidths(), actions: useDropletColumnsActions() }));

beforeEach(() => {
  const { result, unmount } = renderStore();
  act(() => result.current.actions.showAll());
  act(() => result.current.actions.resetWidths());
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

  it('remembers dragged widths, forgets one or all, and persists them', () => {
    const { result } = renderStore();
    act(() => result.current.actions.setWidth('name', 320));
    act(() => result.current.actions.setWidth('region', 90));
    expect(result.current.widths).toEqual({ name: 320, region: 90 });
    expect(JSON.parse(localStorage.getItem('do-panel.droplet-columns') ?? '{}')).toMatchObject({ state: { widths: { name: 320, region: 90 } } });
    act(() => result.current.actions.setWidth('region', null));
    expect(result.current.widths).toEqual({ name: 320 });
    act(() => result.current.actions.resetWidths());
    expect(result.current.widths).toEqual({});
  });

  it('takes back from storage only widths it could have written', () => {
    expect(knownWidths({ name: 300, bogus: 100, size: -5, price: 12.5, region: 96 })).toEqual({ name: 300, region: 96 });
    expect(knownWidths('wide')).toEqual({});
    expect(knownWidths(null)).toEqual({});
  });
});
