/**
 * jsdom lays nothing out, so every element measures 0×0 and a virtualized list would show no rows.
 * This gives every element a viewport's size until the returned function restores jsdom's zeros.
 */
export const stubElementSize = ({ width = 1200, height = 600 } = {}): (() => void) => {
  const originals = {
    clientHeight: Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'clientHeight'),
    clientWidth: Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'clientWidth'),
  };
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get: () => height });
  Object.defineProperty(HTMLElement.prototype, 'clientWidth', { configurable: true, get: () => width });
  return () => {
    for (const [name, descriptor] of Object.entries(originals)) {
      if (descriptor) Object.defineProperty(HTMLElement.prototype, name, descriptor);
    }
  };
};
