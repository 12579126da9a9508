/**
 * Every keyboard shortcut, declared once: the key handlers match keys against this table, and the
 * "Keyboard shortcuts" dialog (`?`) lists it.
 */

/** A key with its modifiers; `mod` is Ctrl, or Cmd on a Mac. Shift is not checked unless named. */
export interface KeyCombo {
  key: string;
  mod?: true;
  shift?: true;
}

export interface Shortcut {
  combos: readonly KeyCombo[];
  /** What it does, as the shortcuts dialog says it. */
  does: string;
}

/** Keys that work anywhere in the app, except where noted. */
export const appShortcuts = {
  palette: {
    combos: [{ key: 'k', mod: true }],
    does: 'Open the command palette: droplets, images, actions, accounts, screens',
  },
  search: { combos: [{ key: '/' }], does: "Focus the screen's search (not while typing)" },
  shortcuts: { combos: [{ key: '?' }], does: 'Show these shortcuts (not while typing)' },
} as const satisfies Record<string, Shortcut>;

/** Keys of a list (droplets, images, Activity) while it has focus. */
export const listShortcuts = {
  move: {
    combos: [{ key: 'ArrowDown' }, { key: 'ArrowUp' }, { key: 'PageDown' }, { key: 'PageUp' }, { key: 'Home' }, { key: 'End' }],
    does: 'Move through the rows',
  },
  open: { combos: [{ key: 'Enter' }], does: "Open the row's details (as a click on the row does)" },
  pick: { combos: [{ key: ' ' }, { key: ' ', shift: true }], does: 'Select the row for a bulk action; Shift selects a range' },
  pickAll: { combos: [{ key: 'a', mod: true }], does: 'Select every row shown' },
  escape: { combos: [{ key: 'Escape' }], does: 'Clear the selection, or else close the details' },
} as const satisfies Record<string, Shortcut>;

/** The command palette's own keys. */
export const paletteShortcuts = {
  move: { combos: [{ key: 'ArrowDown' }, { key: 'ArrowUp' }], does: 'Move through the results' },
  jump: { combos: [{ key: 'PageDown' }, { key: 'PageUp' }], does: 'Move ten results at a time' },
  run: { combos: [{ key: 'Enter' }], does: 'Open or run the result' },
  close: { combos: [{ key: 'Escape' }], does: 'Close the palette' },
} as const satisfies Record<string, Shortcut>;

/** The dialog's sections, in order. */
export const shortcutSections: readonly { heading: string; shortcuts: Readonly<Record<string, Shortcut>> }[] = [
  { heading: 'Anywhere', shortcuts: appShortcuts },
  { heading: 'In a list', shortcuts: listShortcuts },
  { heading: 'In the command palette', shortcuts: paletteShortcuts },
];

interface KeyEventLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
}

const matchesCombo = (combo: KeyCombo, event: KeyEventLike): boolean =>
  event.key.toLowerCase() === combo.key.toLowerCase() &&
  (event.ctrlKey || event.metaKey) === (combo.mod === true) &&
  !event.altKey &&
  (combo.shift === undefined || event.shiftKey);

/** Whether the key event is one of the shortcut's combinations. */
export const matchesShortcut = (shortcut: Shortcut, event: KeyEventLike): boolean => shortcut.combos.some((combo) => matchesCombo(combo, event));

const keyNames: Record<string, string> = {
  ' ': 'Space',
  ArrowDown: '↓',
  ArrowUp: '↑',
  PageDown: 'Page Down',
  PageUp: 'Page Up',
  Escape: 'Esc',
};

/** The keys to press, as printed on the keyboard: `['Ctrl', 'K']`, or `['⌘', 'K']` on a Mac. */
export const comboKeys = (combo: KeyCombo, mac: boolean): string[] => [
  ...(combo.mod ? [mac ? '⌘' : 'Ctrl'] : []),
  ...(combo.shift ? ['Shift'] : []),
  keyNames[combo.key] ?? (combo.key.length === 1 ? combo.key.toUpperCase() : combo.key),
];

/** Whether the panel runs on a Mac, where `mod` is Cmd. */
export const isMac = (): boolean => /mac/i.test(navigator.platform);
