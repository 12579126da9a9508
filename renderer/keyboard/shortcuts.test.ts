import { describe, expect, it } from 'vitest';
import { appShortcuts, comboKeys, listShortcuts, matchesShortcut } from './shortcuts';

const key = (value: string, modifiers: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean; shiftKey: boolean }> = {}) => ({
  key: value,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...modifiers,
});

describe('matchesShortcut', () => {
  it('takes Ctrl or Cmd as the modifier, and refuses the key without it or with Alt', () => {
    expect(matchesShortcut(appShortcuts.palette, key('k', { ctrlKey: true }))).toBe(true);
    expect(matchesShortcut(appShortcuts.palette, key('K', { metaKey: true }))).toBe(true);
    expect(matchesShortcut(appShortcuts.palette, key('k'))).toBe(false);
    expect(matchesShortcut(appShortcuts.palette, key('k', { ctrlKey: true, altKey: true }))).toBe(false);
  });

  it('takes ? however the layout reaches it (with Shift), but not / with Ctrl', () => {
    expect(matchesShortcut(appShortcuts.shortcuts, key('?', { shiftKey: true }))).toBe(true);
    expect(matchesShortcut(appShortcuts.search, key('/'))).toBe(true);
    expect(matchesShortcut(appShortcuts.search, key('/', { ctrlKey: true }))).toBe(false);
  });

  it('knows Escape and Space in a list', () => {
    expect(matchesShortcut(listShortcuts.escape, key('Escape'))).toBe(true);
    expect(matchesShortcut(listShortcuts.pick, key(' ', { shiftKey: true }))).toBe(true);
    expect(matchesShortcut(listShortcuts.pickAll, key('a'))).toBe(false);
  });
});

describe('comboKeys', () => {
  it('prints the modifier as the platform names it', () => {
    expect(comboKeys({ key: 'k', mod: true }, false)).toEqual(['Ctrl', 'K']);
    expect(comboKeys({ key: 'k', mod: true }, true)).toEqual(['⌘', 'K']);
    expect(comboKeys({ key: ' ', shift: true }, false)).toEqual(['Shift', 'Space']);
    expect(comboKeys({ key: 'Escape' }, false)).toEqual(['Esc']);
  });
});
