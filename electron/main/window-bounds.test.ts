import { describe, expect, it } from 'vitest';
import { defaultWindowSize, initialBounds, isReachable, minimumWindowSize } from './window-bounds';

const laptop = { x: 0, y: 0, width: 1440, height: 875 };
const external = { x: 1440, y: -200, width: 2560, height: 1415 };
const centeredDefault = { ...defaultWindowSize, maximized: false };

describe('initialBounds', () => {
  it('opens centered at the default size the first time', () => {
    expect(initialBounds(undefined, [laptop])).toEqual(centeredDefault);
  });

  it('restores the saved place and maximized state while it is on a display', () => {
    const saved = { x: 1600, y: 0, width: 1400, height: 900, maximized: true };
    expect(initialBounds(saved, [laptop, external])).toEqual(saved);
  });

  it('falls back to the default when the display it was on is gone', () => {
    const saved = { x: 1600, y: 0, width: 1400, height: 900, maximized: false };
    expect(initialBounds(saved, [laptop])).toEqual(centeredDefault);
  });

  it('falls back when only a sliver would be visible', () => {
    const saved = { x: laptop.width - 40, y: 100, width: 1200, height: 800, maximized: false };
    expect(initialBounds(saved, [laptop])).toEqual(centeredDefault);
  });

  it('keeps a window that straddles two displays', () => {
    const saved = { x: 1000, y: 100, width: 1200, height: 700, maximized: false };
    expect(initialBounds(saved, [laptop, external])).toEqual(saved);
  });

  it('grows a saved size below the minimum', () => {
    const saved = { x: 10, y: 10, width: 300, height: 200, maximized: false };
    expect(initialBounds(saved, [laptop])).toEqual({ ...saved, ...minimumWindowSize });
  });
});

describe('isReachable', () => {
  it('needs a grabbable part of the window on some display', () => {
    expect(isReachable({ x: -1150, y: 10, width: 1200, height: 800 }, [laptop])).toBe(false);
    expect(isReachable({ x: -1000, y: 10, width: 1200, height: 800 }, [laptop])).toBe(true);
    expect(isReachable({ x: 10, y: 10, width: 500, height: 500 }, [])).toBe(false);
  });
});
