/*
 * What a list says while it loads page by page, and when a page never came: the one place these words
 * are written, for the droplet and image screens alike. `noun` is the plural ("droplets", "images").
 */

const n = (count: number): string => count.toLocaleString('en-US');

/**
 * Beside the progress bar: the first load shows rows as they come; a refresh keeps the shown rows
 * until the whole list is in. Before DigitalOcean has said how long the list is, no numbers.
 */
export const loadingText = (loaded: number, total: number, replacing: boolean): string => {
  if (total === 0) return replacing ? 'Refreshing…' : 'Loading…';
  return replacing ? `Refreshing — ${n(loaded)} of ${n(total)}` : `Loading ${n(loaded)} of ${n(total)}`;
};

/** The progress bar's accessible name. */
export const loadingLabel = (noun: string): string => `Loading the ${noun}`;

/** Said once to a screen reader when a list starts to arrive, not on every page. */
export const loadingAnnouncement = (noun: string): string => `Loading the ${noun}; rows appear as they arrive.`;

/**
 * The count above a list that is not whole yet (still loading, or a page failed): never a bare number
 * that looks complete. `listed` is the rows in the list now, which while pages arrive can be fewer
 * than the progress bar's count of rows arrived (the list takes them in a few writes, not page by page).
 */
export const partialCountText = (shown: number, listed: number, total: number, noun: string, filtered: boolean): string =>
  filtered ? `${n(shown)} shown of ${n(listed)} ${noun} listed (${n(total)} in all)` : `${n(listed)} of ${n(total)} ${noun} listed`;

/** The notice over a list a page of which failed for good: what is shown, and that the rest is missing. */
export const incompleteSummary = (loaded: number, total: number, noun: string): string =>
  `Showing ${n(loaded)} of ${n(total)} ${noun} — the list is incomplete`;

/** Told with a selection or a "select all" made on a list that is not whole: `listed` as in `partialCountText`. */
export const partialSelectionNote = (listed: number, total: number): string => `from a partial list: ${n(listed)} of ${n(total)} listed`;
