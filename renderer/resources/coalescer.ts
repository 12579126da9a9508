/** Runs `run` later, once; the returned function cancels it. Injected so tests decide when "later" is. */
export type Schedule = (run: () => void) => () => void;

export interface Coalescer<T> {
  add: (item: T) => void;
  /** Drops what is pending without flushing it (the subscriber is going away). */
  stop: () => void;
}

/**
 * Gathers items that arrive close together and hands them over as one batch: the first item of a
 * batch schedules the flush, the ones after it ride along.
 */
export const createCoalescer = <T>(schedule: Schedule, flush: (items: T[]) => void): Coalescer<T> => {
  let pending: T[] = [];
  let cancel: (() => void) | null = null;
  return {
    add: (item) => {
      pending.push(item);
      cancel ??= schedule(() => {
        const items = pending;
        pending = [];
        cancel = null;
        flush(items);
      });
    },
    stop: () => {
      cancel?.();
      cancel = null;
      pending = [];
    },
  };
};
