import { useOpenOverlay } from '../../stores/palette-store';
import { CommandPalette } from './command-palette';
import { ShortcutsDialog } from './shortcuts-dialog';

/** The palette or the shortcuts list, whichever is open; mounted only while open, so a closed palette loads nothing. */
export const PaletteOverlays = () => {
  const open = useOpenOverlay();
  return open === 'palette' ? <CommandPalette /> : open === 'shortcuts' ? <ShortcutsDialog /> : null;
};
