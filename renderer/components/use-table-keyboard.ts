import type { KeyboardEvent } from 'react';
import { listShortcuts, matchesShortcut } from '../keyboard/shortcuts';

/** How far Page Up and Page Down move the keyboard's row. */
const pageRows = 10;

export interface TableKeyboardOptions<Key> {
  rowCount: number;
  activeKey: Key | null;
  /** The keyboard's row among those shown, or -1. */
  activeIndex: number;
  /** Makes the row at this index (clamped to the rows shown) the keyboard's, in view. */
  moveTo: (index: number) => void;
  onOpen: (key: Key) => void;
  onClose?: () => void;
  /**
   * Present when rows can be picked: Space toggles the keyboard's row (Shift extends), Ctrl or Cmd+A
   * picks every row shown, Escape unpicks them all (before it closes anything).
   */
  selection?: { pick: (key: Key, extend: boolean) => void; pickShown: (all: boolean) => void; picked: boolean; clear: () => void };
}

/**
 * The grid's keys, for its one focus stop: arrows, Page Up/Down, Home and End move the keyboard's row,
 * Enter opens it, Escape clears the selection or else closes what it opened. Keys meant for something
 * inside a row are left alone. Keys other than the moves are the `listShortcuts` table's.
 */
export const useTableKeyboard = <Key>({ rowCount, activeKey, activeIndex, moveTo, onOpen, onClose, selection }: TableKeyboardOptions<Key>) => {
  const onSelectionKey = (event: KeyboardEvent<HTMLDivElement>): boolean => {
    if (!selection) return false;
    if (matchesShortcut(listShortcuts.pick, event) && activeKey !== null && activeIndex !== -1) {
      selection.pick(activeKey, event.shiftKey);
      return true;
    }
    if (matchesShortcut(listShortcuts.pickAll, event)) {
      selection.pickShown(true);
      return true;
    }
    if (matchesShortcut(listShortcuts.escape, event) && selection.picked) {
      selection.clear();
      return true;
    }
    return false;
  };

  return (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.target !== event.currentTarget) return;
    if (onSelectionKey(event)) {
      event.preventDefault();
      return;
    }
    const moves: Record<string, number> = {
      ArrowDown: activeIndex + 1,
      ArrowUp: activeIndex === -1 ? 0 : activeIndex - 1,
      PageDown: activeIndex + pageRows,
      PageUp: activeIndex - pageRows,
      Home: 0,
      End: rowCount - 1,
    };
    const next = moves[event.key];
    if (next !== undefined) {
      event.preventDefault();
      moveTo(next);
    } else if (matchesShortcut(listShortcuts.open, event) && activeKey !== null && activeIndex !== -1) {
      event.preventDefault();
      onOpen(activeKey);
    } else if (matchesShortcut(listShortcuts.escape, event) && onClose) {
      event.preventDefault();
      onClose();
    }
  };
};
