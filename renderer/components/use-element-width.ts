import { useLayoutEffect, useState, type RefObject } from 'react';

/**
 * The element's inner width (`clientWidth`: no border, no scrollbar), kept current by a
 * ResizeObserver; `Infinity` until it is laid out, so nothing is left out before it can be measured.
 */
export const useElementWidth = (ref: RefObject<HTMLElement | null>): number => {
  const [width, setWidth] = useState(Number.POSITIVE_INFINITY);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return undefined;
    const measure = () => setWidth(element.clientWidth > 0 ? element.clientWidth : Number.POSITIVE_INFINITY);
    measure();
    if (typeof ResizeObserver === 'undefined') return undefined;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return width;
};
