/** A rectangle in screen coordinates (the shape of Electron's `Rectangle`). */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** What is remembered about the main window between runs. */
export interface SavedWindowState extends Rect {
  maximized: boolean;
}

/** Bounds to open the window with; without x and y the window is centered. */
export interface InitialBounds {
  x?: number;
  y?: number;
  width: number;
  height: number;
  maximized: boolean;
}

/** The size of a first window, or of one whose saved place is no longer on screen. */
export const defaultWindowSize = { width: 1280, height: 800 } as const;

/** Below this the layout stops working; the window refuses to shrink further. */
export const minimumWindowSize = { width: 960, height: 600 } as const;

// Enough of the window to grab its title bar and drag it back into view.
const minimumVisible = { width: 100, height: 50 } as const;

const overlap = (a: Rect, b: Rect): { width: number; height: number } => ({
  width: Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x),
  height: Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y),
});

/** Whether enough of `rect` lies on one of the displays' work areas to be reached with the mouse. */
export const isReachable = (rect: Rect, workAreas: readonly Rect[]): boolean =>
  workAreas.some((area) => {
    const shared = overlap(rect, area);
    return shared.width >= minimumVisible.width && shared.height >= minimumVisible.height;
  });

/**
 * Where the window opens: where it was last time, unless that place is gone (a display was
 * unplugged or rearranged), in which case it opens centered at the default size.
 */
export const initialBounds = (saved: SavedWindowState | undefined, workAreas: readonly Rect[]): InitialBounds => {
  if (!saved || !isReachable(saved, workAreas)) return { ...defaultWindowSize, maximized: false };
  return {
    x: saved.x,
    y: saved.y,
    width: Math.max(saved.width, minimumWindowSize.width),
    height: Math.max(saved.height, minimumWindowSize.height),
    maximized: saved.maximized,
  };
};
