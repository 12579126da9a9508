/**
 * The words for a list shown from what was kept on this computer while the fresh one loads: one
 * place, so the freshness line, the row count and the README say the same thing.
 */

/** The freshness line of a kept list: "from 14:02 — refreshing" while the fresh one loads, "from 14:02" once that failed. */
export const lastKnownLabel = (since: string, refreshing: boolean): string => (refreshing ? `from ${since} — refreshing` : `from ${since}`);

/** A row count of a kept list, which must not read as the account's count now: "1,234 droplets (last known)". */
export const lastKnownCount = (count: string): string => `${count} (last known)`;
