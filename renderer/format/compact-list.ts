/** The first `shown` items of a list drawn as chips on one line, and how many more there are ("+N"). */
export const compactList = <Item>(items: readonly Item[], shown: number): { shown: Item[]; more: number } => ({
  shown: items.slice(0, shown),
  more: Math.max(0, items.length - shown),
});
