/**
 * Searching a list as the person types: every word of the query must occur in one of a row's
 * searchable values (its name, addresses, tags…), case aside. Shared by the droplet and image lists.
 *
 * On 10,000 rows the per-keystroke work is what matters (bench/ui-list), so:
 * - a row's values are lower-cased and joined into one text once per row object (a refresh brings
 *   new objects; a row patched in place of another is a new object too), so a keystroke makes one
 *   `includes` per row and word, with no allocation;
 * - an index over one list remembers its last search: a query that only narrows the last one (a
 *   character added, a word added) looks only among the rows that matched it.
 */

/** The values of a row a search looks in; null for a value the row lacks. */
export type SearchValues<Row> = (row: Row) => ReadonlyArray<string | null>;

/** A row's searchable text: its values, lower-cased, one per line. */
export type SearchText<Row> = (row: Row) => string;

/**
 * The words of a query, lower-cased: split on white space, so no word holds a line break, and a word
 * occurs in a row's text exactly when it occurs in one of its values.
 */
export const searchWords = (query: string): string[] => query.toLowerCase().split(/\s+/).filter(Boolean);

/** Builds a row's text once per row object and keeps it for as long as the row lives. */
export const searchText = <Row extends object>(values: SearchValues<Row>): SearchText<Row> => {
  const texts = new WeakMap<Row, string>();
  return (row) => {
    let text = texts.get(row);
    if (text === undefined) {
      text = values(row)
        .filter((value): value is string => value !== null && value !== '')
        .join('\n')
        .toLowerCase();
      texts.set(row, text);
    }
    return text;
  };
};

/** Whether a row's text holds every word (true for no words). */
export const matchesWords = (text: string, words: readonly string[]): boolean => {
  for (const word of words) if (!text.includes(word)) return false;
  return true;
};

/** Whether every match of `next` is also a match of `last`: each word of `last` is inside a word of `next`. */
const narrows = (last: readonly string[], next: readonly string[]): boolean => last.every((word) => next.some((longer) => longer.includes(word)));

export interface SearchIndex<Row> {
  /** The rows searched, in their order. */
  readonly rows: readonly Row[];
  /** The rows, in their order, whose text holds every word of the query; `rows` itself for an empty query. */
  search: (query: string) => readonly Row[];
}

/**
 * An index over one list (build it again when the list changes: `useMemo` on the rows). The texts are
 * laid out beside the rows, so a search walks two arrays instead of looking each row up.
 */
export const searchIndex = <Row>(rows: readonly Row[], textOf: SearchText<Row>): SearchIndex<Row> => {
  const texts = rows.map(textOf);
  /** The last search: its words, and the positions in `rows` of the rows that matched them. */
  let last: { words: readonly string[]; matched: readonly number[] } | null = null;

  const search = (query: string): readonly Row[] => {
    const words = searchWords(query);
    if (words.length === 0) return rows;
    const candidates = last !== null && narrows(last.words, words) ? last.matched : null;
    const matched: number[] = [];
    if (candidates === null) {
      for (let position = 0; position < texts.length; position += 1) {
        if (matchesWords(texts[position] as string, words)) matched.push(position);
      }
    } else {
      for (const position of candidates) {
        if (matchesWords(texts[position] as string, words)) matched.push(position);
      }
    }
    last = { words, matched };
    return matched.map((position) => rows[position] as Row);
  };

  return { rows, search };
};
