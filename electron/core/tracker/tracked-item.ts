import type { TrackedKind, TrackedResource, TrackedResourceType } from '../../../shared/action-types';
import type { DoubtCause } from '../../../shared/actions/words';
import type { Expectation } from '../../../shared/actions/estimate';
import type { Work } from './durations';
import { pollDelayMs } from './poll-policy';

/** What the caller knows about the resource an action touches, which the action itself does not say. */
export interface TrackContext {
  /** Shown in the panel and in notifications. */
  resourceName: string;
  /**
   * GB of what drives the work, as its catalogue driver says: the data a snapshot copies, the new disk
   * of a disk resize, the image of a transfer, conversion, restore or rebuild.
   */
  sizeGigabytes?: number;
  /** `sizeGigabytes` is only an upper bound (a snapshot sized by the disk: no earlier snapshot says how much data it holds). */
  upperBound?: true;
  /** A resize that also grows the disk. */
  diskResize?: boolean;
  /** The bulk send it is one of (see `ActionSettled.batch`). */
  batch?: string;
  /** Its request failed in doubt and it was found among the account's actions (see `TrackedBase.foundAfter`). */
  foundAfter?: DoubtCause;
}

/** One piece of work the tracker follows: an action, or a custom image import. */
export interface TrackedItem {
  key: string;
  kind: TrackedKind;
  id: number;
  type: string;
  resource: TrackedResource;
  startedAtMs: number;
  /** As DigitalOcean wrote it, when it did. */
  startedAt: string;
  startedByUser: boolean;
  work: Work;
  expectation: Expectation;
  /** When DigitalOcean last told us its status: the per-id fallback asks for the stalest first. */
  lastSeenAt: number;
  /** The bulk send it is one of. */
  batch?: string;
  foundAfter?: DoubtCause;
  /** Set to `lastSeenAt` when a poll for it fails; cleared by the next answer. */
  unconfirmedSince?: number;
  notFound: number;
}

/** An instant both as DigitalOcean wrote it (kept verbatim for the UI) and in milliseconds. */
export interface Instant {
  ms: number;
  iso: string;
}

export const instant = (iso: string | null | undefined, fallbackMs: number): Instant => {
  const ms = iso ? Date.parse(iso) : Number.NaN;
  return Number.isNaN(ms) ? { ms: fallbackMs, iso: new Date(fallbackMs).toISOString() } : { ms, iso: iso as string };
};

export const actionKey = (id: number): string => `action:${id}`;
export const importKey = (id: number): string => `image-import:${id}`;

export const hasId = <T extends { id?: number }>(value: T): value is T & { id: number } => typeof value.id === 'number';

export const resourceTypeOf = (raw: string | undefined): TrackedResourceType | undefined =>
  raw === 'droplet' || raw === 'image' ? raw : undefined;

/** What a resource is called until the panel learns its name. */
export const defaultName = (type: TrackedResourceType, id: number): string => `${type === 'droplet' ? 'Droplet' : 'Image'} ${id}`;

export const elapsed = (item: TrackedItem, now: number): number => Math.max(0, now - item.startedAtMs);

/** How long this piece of work would wait before its status is asked again, were it alone. */
export const wantedDelay = (item: TrackedItem, now: number): number =>
  pollDelayMs(elapsed(item, now), 'ms' in item.expectation ? item.expectation.ms : undefined);
