/**
 * How the lists order text: by the user's locale, numbers inside names by value (`web-2` before
 * `web-10`). One collator for every comparison: `localeCompare` with options builds a new one per
 * call, which made sorting 10,000 rows take about a second instead of about 30 ms.
 */
const collator = new Intl.Collator(undefined, { numeric: true });

export const compareText = (a: string, b: string): number => collator.compare(a, b);
