import type { InFlightAction } from '../../../shared/action-types';
import { dropletKindUnavailable } from '../../../shared/actions/catalogue';
import { dropletKinds, type DropletDeclarations, type DropletKind } from '../../../shared/actions/droplet-kinds';
import { rowActionState } from '../../../shared/actions/droplet-state';
import type { Tag } from '../../../shared/do-types';
import type { DropletRow } from '../../../shared/droplet-types';
import { snapshotNameFor, snapshotNameMaxLength } from '../../../shared/rules/snapshot-name-pattern';

/** What the bulk bar offers: the catalogue's kinds marked for bulk (Delete among them). */
export type BulkActionKind = { [K in DropletKind]: DropletDeclarations[K]['rules'] extends { bulk: true } ? K : never }[DropletKind];

/** Whether DigitalOcean runs the kind for every droplet with a tag (the catalogue's rule). */
export const runsByTag = (kind: BulkActionKind): boolean => dropletKinds[kind].rules.byTag === true;

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
    const reason = dropletKindUnavailable(kind, rowActionState(row, running.has(row.id)));
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

/** What is wrong with a snapshot name pattern for these droplets, or null. */
export const snapshotPatternProblem = (pattern: string, targets: readonly DropletRow[]): string | null => {
  if (pattern.trim() === '') return 'Enter a name pattern.';
  const tooLong = targets.find((row) => snapshotNameFor(pattern, row.name).length > snapshotNameMaxLength);
  return tooLong === undefined ? null : `The name for ${tooLong.name} would be longer than ${snapshotNameMaxLength} characters.`;
};

/** Delete asks for the number of droplets, or the words "delete N droplets". */
export const deleteConfirmed = (typed: string, count: number): boolean => {
  const words = typed.trim().toLowerCase().replace(/\s+/g, ' ');
  return words === String(count) || words === `delete ${count} droplet${count === 1 ? '' : 's'}`;
};

/** "1 droplet", "4 droplets". */
export const droplets = (count: number): string => `${count} droplet${count === 1 ? '' : 's'}`;
