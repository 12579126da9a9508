import { useEffect } from 'react';
import { usePaletteActions } from '../stores/palette-store';
import { appShortcuts, matchesShortcut } from './shortcuts';

/** Focus is in something that takes typing, where `/` and `?` are characters. */
const isTyping = (target: EventTarget | null): boolean =>
  target instanceof HTMLElement && (target.isContentEditable || target.closest('input, textarea, select, [role="combobox"]') !== null);

/** A dialog or menu is open: the page behind it takes no shortcuts. */
export const dialogOrMenuOpen = (): boolean => document.querySelector('[role="dialog"], [role="alertdialog"], [role="menu"]') !== null;

/**
 * The keys that work anywhere (the `appShortcuts` table): Ctrl/Cmd+K opens the palette, `/` focuses
 * the screen's search field, `?` lists every shortcut. Mounted once, in the app shell.
 */
export const useAppShortcuts = (): void => {
  const { openPalette, openShortcuts } = usePaletteActions();

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing) return;
      if (matchesShortcut(appShortcuts.palette, event)) {
        event.preventDefault();
        openPalette(dialogOrMenuOpen());
        return;
      }
      if (isTyping(event.target) || dialogOrMenuOpen()) return;
      if (matchesShortcut(appShortcuts.search, event)) {
        // The current screen's own search box: the first in the page's main area.
        const field = document.querySelector<HTMLInputElement>('main input[type="search"]');
        if (!field) return;
        event.preventDefault();
        field.focus();
        field.select();
      } else if (matchesShortcut(appShortcuts.shortcuts, event)) {
        event.preventDefault();
        openShortcuts();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [openPalette, openShortcuts]);
};
