import type { InFlightAction } from '../../../shared/action-types';
import type { Tag } from '../../../shared/do-types';
import type { DropletRow } from '../../../shared/droplet-types';
import { unavailableReason, type PaneActionKind } from './droplet-action-rules';

/** What the bulk bar offers. Delete is not an action on DigitalOcean's side; reboot is not run by tag. */
export type BulkActionKind = Extract<
  PaneActionKind,
  'power_on' | 'power_off' | 'shutdown' | 'reboot' | 'power_cycle' | 'snapshot' | 'enable_backups' | 'disable_backups' | 'enable_ipv6' | 'delete'
>;

/** The kinds DigitalOcean runs for every droplet with a tag (the API's list, as shared/requests has it). */
const byTag = new Set<BulkActionKind>(['power_on', 'power_off', 'shutdown', 'power_cycle', 'snapshot', 'enable_backups', 'disable_backups', 'enable_ipv6']);

export const runsByTag = (kind: BulkActionKind): boolean => byTag.has(kind);

/** A droplet the action cannot work on now, and why. */
export interface Skipped {
  row: DropletRow;
  reason: string;
}

/** The selection split into the droplets the action goes to and those it skips. */
export interface BulkTargets {
  targets: DropletRow[];
  skipped: Skipped[];
}

export const splitTargets = (kind: BulkActionKind, rows: readonly DropletRow[], running: ReadonlyMap<number, InFlightAction>): BulkTargets => {
  const targets: DropletRow[] = [];
  const skipped: Skipped[] = [];
  for (const row of rows) {
    const reason = unavailableReason(kind, {
      status: row.status,
      locked: row.locked,
      busy: running.has(row.id),
      backupsEnabled: row.backupsEnabled,
      ipv6Enabled: row.ipv6Enabled,
    });
    if (reason === null) targets.push(row);
    else skipped.push({ row, reason });
  }
  return { targets, skipped };
};

/** How a batch is sent: one request through a tag, or one request per droplet. */
export type BulkRoute = { kind: 'tag'; tagName: string } | { kind: 'each' };

/**
 * The tag endpoint acts on every droplet carrying the tag, so it is used only for a tag that every
 * target carries and that no other droplet does (DigitalOcean's count of the tag's droplets equals
 * the number of targets); anything else would touch droplets the person did not pick.
 */
export const chooseRoute = (kind: BulkActionKind, targets: readonly DropletRow[], tags: readonly Tag[] | undefined): BulkRoute => {
  const [first, ...others] = targets;
  if (!runsByTag(kind) || first === undefined || tags === undefined) return { kind: 'each' };
  const shared = first.tags.filter((tag) => others.every((row) => row.tags.includes(tag)));
  const exact = shared.find((name) => tags.some((tag) => tag.name === name && tag.resources?.droplets?.count === targets.length));
  return exact === undefined ? { kind: 'each' } : { kind: 'tag', tagName: exact };
};

/** Stands for the droplet's name in a snapshot name pattern. */
export const dropletToken = '{droplet}';

/** A snapshot's name from the pattern, for one droplet. */
export const snapshotNameFor = (pattern: string, dropletName: string): string => pattern.trim().split(dropletToken).join(dropletName);

/** What is wrong with a snapshot name pattern for these droplets, or null. */
export const snapshotPatternProblem = (pattern: string, targets: readonly DropletRow[]): string | null => {
  if (pattern.trim() === '') return 'Enter a name pattern.';
  const tooLong = targets.find((row) => snapshotNameFor(pattern, row.name).length > 255);
  return tooLong === undefined ? null : `The name for ${tooLong.name} would be longer than 255 characters.`;
};

/** Delete asks for the number of droplets, or the words "delete N droplets". */
export const deleteConfirmed = (typed: string, count: number): boolean => {
  const words = typed.trim().toLowerCase().replace(/\s+/g, ' ');
  return words === String(count) || words === `delete ${count} droplet${count === 1 ? '' : 's'}`;
};

/** "1 droplet", "4 droplets". */
export const droplets = (count: number): string => `${count} droplet${count === 1 ? '' : 's'}`;
