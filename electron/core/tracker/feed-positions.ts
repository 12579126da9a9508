/**
 * Where each tracked action sits in the account's action feed (`GET /v2/actions`, newest first), so
 * that an action pushed off page 1 by newer ones is read on the one deeper page that holds it rather
 * than asked for by id. A position is a range: exact when the action was seen, shifted down by every
 * action that arrived on top since; a lower bound when more arrived than page 1 showed or the action
 * was not where it was looked for. Actions never leave the feed and new ones only arrive on top, so a
 * position only ever grows.
 */

/** Positions are 0-based rows of the feed; `to` is exclusive and may be unknown. */
export interface FeedRange {
  from: number;
  to: number;
}

/** One page of the feed: `page` (1-based) of `perPage` rows covers rows [(page - 1) × perPage, page × perPage). */
export interface FeedWindow {
  page: number;
  perPage: number;
}

export const windowStart = (window: FeedWindow): number => (window.page - 1) * window.perPage;
export const windowEnd = (window: FeedWindow): number => window.page * window.perPage;

export interface FeedPositions {
  /** Where the action is now; an action never located is somewhere from the top. */
  range(key: string): FeedRange;
  /** Whether the action was ever located. */
  has(key: string): boolean;
  /** Seen at this row. */
  seen(key: string, row: number): void;
  /** `count` actions arrived on top since the last read; `exact` is false when page 1 showed only part of them. */
  arrived(count: number, exact: boolean): void;
  /** Looked for in rows up to `row` (exclusive) and not there, being older than all of them. */
  below(key: string, row: number): void;
  /** Looked for from `row` on and not there, being newer than all of them. */
  above(key: string, row: number): void;
  /** Keeps only these actions (the rest settled or were forgotten). */
  keep(keys: ReadonlySet<string>): void;
  clear(): void;
}

export const createFeedPositions = (): FeedPositions => {
  const ranges = new Map<string, FeedRange>();
  const range = (key: string): FeedRange => ranges.get(key) ?? { from: 0, to: Infinity };
  return {
    range,
    has: (key) => ranges.has(key),
    seen(key, row) {
      ranges.set(key, { from: row, to: row + 1 });
    },
    arrived(count, exact) {
      if (count === 0 && exact) return;
      for (const [key, { from, to }] of ranges) ranges.set(key, { from: from + count, to: exact ? to + count : Infinity });
    },
    below(key, row) {
      const { from, to } = range(key);
      // Deeper than it was thought to be: where exactly is no longer known.
      ranges.set(key, { from: Math.max(from, row), to: to > row ? to : Infinity });
    },
    above(key, row) {
      const { from, to } = range(key);
      // Contradicts what was known (the range was wrong): start again from the top.
      ranges.set(key, row <= from ? { from: 0, to: Infinity } : { from, to: Math.min(to, row) });
    },
    keep(keys) {
      for (const key of ranges.keys()) if (!keys.has(key)) ranges.delete(key);
    },
    clear: () => ranges.clear(),
  };
};

/**
 * The row to look at for an action somewhere in `range`: the row itself when it is known, the middle
 * of a bounded range, the first row of an open one (the page just below where it was last missed:
 * most likely, since it was lost by a burst a little longer than page 1).
 */
export const probeRow = ({ from, to }: FeedRange): number => (to === Infinity ? from : Math.floor((from + to - 1) / 2));

/**
 * The page that holds `row` when page 1 had `firstPageSize` rows: pages as long as page 1 while that
 * reaches it (no gap after page 1), the longest pages beyond.
 */
export const windowFor = (row: number, firstPageSize: number, maxPerPage: number): FeedWindow => {
  const perPage = row < maxPerPage ? Math.max(firstPageSize, 1) : maxPerPage;
  return { page: Math.floor(row / perPage) + 1, perPage };
};
