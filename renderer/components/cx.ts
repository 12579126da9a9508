/** Joins class names, skipping the falsy ones conditional classes produce. */
export const cx = (...names: Array<string | false | null | undefined>): string => names.filter(Boolean).join(' ');
