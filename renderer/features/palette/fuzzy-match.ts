/**
 * Fuzzy matching for the command palette: every character of the query must appear in the text, in
 * order (a subsequence); runs of consecutive characters, and characters that start a word, score
 * higher, so `wp1` finds `web-prod-01` and a plain substring still ranks first. Written here rather
 * than taken from a library: the palette needs this one function, and its ranking is easy to test.
 */

/** A value with the text it is found by, lowercased once per list, never per keystroke. */
export interface Searchable<T> {
  value: T;
  text: string;
}

/** Text as the matcher compares it: lowercase, so a query matches whatever case it was typed in. */
export const searchText = (...parts: readonly (string | number | null | undefined)[]): string =>
  parts
    .filter((part) => part !== null && part !== undefined && part !== '')
    .join(' ')
    .toLowerCase();

const isWordStart = (text: string, index: number): boolean => {
  if (index === 0) return true;
  const before = text.charCodeAt(index - 1);
  // Anything but a letter or a digit separates words: spaces, dots, dashes, colons, slashes.
  return !((before >= 97 && before <= 122) || (before >= 48 && before <= 57));
};

/** How well one lowercase term matches `text`, or null when it does not. Higher is better. */
const termScore = (text: string, term: string): number | null => {
  const at = text.indexOf(term);
  if (at !== -1) {
    // A substring: better at a word start, and better the earlier it is.
    return 1_000 + term.length * 10 + (isWordStart(text, at) ? 200 : 0) - Math.min(at, 100);
  }
  let score = 0;
  let from = 0;
  let previous = -2;
  for (let i = 0; i < term.length; i += 1) {
    const found = text.indexOf(term.charAt(i), from);
    if (found === -1) return null;
    score += 1 + (found === previous + 1 ? 5 : 0) + (isWordStart(text, found) ? 8 : 0);
    previous = found;
    from = found + 1;
  }
  return score;
};

/**
 * How well `query` matches `text` (already lowercase), or null: each space-separated term must match,
 * and their scores add up. An empty query matches everything with score 0.
 */
export const matchScore = (text: string, query: string): number | null => {
  let total = 0;
  for (const term of query.toLowerCase().split(/\s+/)) {
    if (term === '') continue;
    const score = termScore(text, term);
    if (score === null) return null;
    total += score;
  }
  return total;
};

/** The best matches, best first, and how many matched in all. */
export interface Matches<T> {
  shown: T[];
  total: number;
}

/**
 * The best `limit` matches, best first; equal scores keep the list's order. One pass over the list,
 * keeping only the best `limit` found so far, so 10,000 entries cost no sort of 10,000.
 */
export const bestMatches = <T>(entries: readonly Searchable<T>[], query: string, limit: number): Matches<T> => {
  const kept: { value: T; score: number }[] = [];
  let total = 0;
  for (const entry of entries) {
    const score = matchScore(entry.text, query);
    if (score === null) continue;
    total += 1;
    const last = kept[kept.length - 1];
    if (kept.length >= limit && (last === undefined || score <= last.score)) continue;
    // Insert after every kept entry that scores at least as well: ties stay in list order.
    let index = kept.length;
    while (index > 0 && (kept[index - 1] as { score: number }).score < score) index -= 1;
    kept.splice(index, 0, { value: entry.value, score });
    if (kept.length > limit) kept.pop();
  }
  return { shown: kept.map((entry) => entry.value), total };
};
