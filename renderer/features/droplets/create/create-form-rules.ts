import { dropletNameProblem } from '../../../../shared/rules/droplet-name';
import { tagNameProblem } from '../../../../shared/rules/tag-name';

/** One request creates at most ten droplets (the same limit as shared/requests/droplet-create.ts, which carries zod). */
export const maxDropletsPerCreate = 10;
/** DigitalOcean refuses user data over 64 KiB, counted in bytes of UTF-8. */
export const maxUserDataBytes = 64 * 1024;

/** One entry of a list typed into a field, with why it would be refused (null when it would not). */
export interface CheckedEntry {
  value: string;
  problem: string | null;
}

/** Entries separated by commas or line breaks, trimmed; empty ones (a trailing comma) are dropped. */
const splitEntries = (text: string, separators: RegExp): string[] =>
  text
    .split(separators)
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');

/**
 * The names typed, one per line or comma separated, each checked as DigitalOcean would, and a name
 * repeated (ignoring case: names become hostnames) flagged on its second appearance.
 */
export const checkNames = (text: string): CheckedEntry[] => {
  const seen = new Set<string>();
  return splitEntries(text, /[,\n]/).map((value) => {
    const key = value.toLowerCase();
    const problem = dropletNameProblem(value) ?? (seen.has(key) ? 'This name is already in the list: give each droplet its own.' : null);
    seen.add(key);
    return { value, problem };
  });
};

/** Why the names as a whole cannot be sent, or null: none, too many, or one of them refused. */
export const namesProblem = (names: readonly CheckedEntry[]): string | null => {
  if (names.length === 0) return 'Enter a name for the droplet.';
  if (names.length > maxDropletsPerCreate) return `Create at most ${maxDropletsPerCreate} droplets at once (this lists ${names.length}).`;
  const refused = names.find((name) => name.problem !== null);
  return refused ? `Fix the name “${refused.value}”: ${refused.problem}` : null;
};

/** Tags separated by commas, spaces or line breaks (a tag cannot hold a space), each checked; repeats are merged. */
export const checkTags = (text: string): CheckedEntry[] => {
  const unique = [...new Set(splitEntries(text, /[\s,]+/))];
  return unique.map((value) => ({ value, problem: tagNameProblem(value) }));
};

export const userDataBytes = (text: string): number => new TextEncoder().encode(text).length;

/** `12.5 KiB`, `512 bytes`: how much of the 64 KiB the user data takes. */
export const formatBytes = (bytes: number): string => {
  if (bytes < 1024) return `${bytes} ${bytes === 1 ? 'byte' : 'bytes'}`;
  const kib = bytes / 1024;
  return `${kib >= 10 ? Math.round(kib * 10) / 10 : Math.round(kib * 100) / 100} KiB`;
};

/** `$6/month`, `$1,254.40/month`: DigitalOcean's monthly price as its control panel writes it. */
export const formatMonthly = (dollars: number): string =>
  `$${dollars.toLocaleString('en-US', { minimumFractionDigits: Number.isInteger(dollars) ? 0 : 2, maximumFractionDigits: 2 })}/month`;
