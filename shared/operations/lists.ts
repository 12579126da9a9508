import type { DropletRow } from '../droplet-types';
import type { ImageRow } from '../image-types';
import { operation } from '../operation';
import type { PackedRows } from '../packed-rows';
import { z } from '../zod';

/**
 * The image lists kept for a warm start: the Images screen's tabs without a tag filter (the account's
 * own images in one list, and the public distributions and applications).
 */
const lastKnownImageFilter = z.union([
  z.object({ private: z.literal(true) }).strict(),
  z.object({ type: z.enum(['distribution', 'application']) }).strict(),
]);

const lastKnownRequest = z.discriminatedUnion('list', [
  z.object({ list: z.literal('droplets') }).strict(),
  z.object({ list: z.literal('images'), filter: lastKnownImageFilter }).strict(),
]);

/** Which kept list is asked for: the whole droplet list, or one image list. */
export type LastKnownRequest = z.output<typeof lastKnownRequest>;

/** A list as the main side last loaded it whole: the rows the list operation answered with, and when. */
export interface LastKnownList<Row = DropletRow | ImageRow> {
  /** ISO 8601: when the complete list arrived. */
  savedAt: string;
  rows: Row[];
}

/** A kept list as it crosses to the renderer: its rows packed (`unpackRows` gives them back), a third of their plain size. */
export interface PackedLastKnownList {
  /** ISO 8601: when the complete list arrived. */
  savedAt: string;
  rows: PackedRows;
}

export const listOperations = {
  /**
   * The active account's last complete droplet or image list, kept on this computer, to show while
   * the fresh one loads; null when none was kept. Never asks DigitalOcean.
   */
  'lists.lastKnown': operation<PackedLastKnownList | null>()(lastKnownRequest),
};
