import { dropletKinds, observedDropletKinds, type DropletKind } from './droplet-kinds';
import type { DropletActionState } from './droplet-state';
import type { ActionWords, DurationSpec } from './entry';
import { imageKinds, observedImageKinds, type ImageKind } from './image-kinds';
import type { ImageActionState } from './image-state';

/**
 * Lookups over the catalogue (droplet-kinds.ts, image-kinds.ts) by DigitalOcean's action type, for
 * the surfaces that meet a type as a string: history, the tracker, notifications.
 */

const entries: readonly Readonly<Record<string, { words: ActionWords; duration: DurationSpec }>>[] = [
  dropletKinds,
  observedDropletKinds,
  imageKinds,
  observedImageKinds,
];

const find = (type: string): { words: ActionWords; duration: DurationSpec } | undefined => {
  for (const group of entries) if (Object.hasOwn(group, type)) return group[type];
  return undefined;
};

/** Every action type the catalogue names, for filters that offer them before one has run. */
export const knownActionTypes: readonly string[] = [...new Set(entries.flatMap((group) => Object.keys(group)))].filter(
  // Not DigitalOcean action types: what the panel calls them is the entry's, what history shows is `destroy`.
  (type) => type !== 'delete' && type !== 'create_droplet',
);

/** `snapshot` → "Snapshot"; a type the catalogue lacks reads as itself, made legible. */
export const actionName = (type: string): string => {
  const known = find(type);
  if (known) return known.words.name;
  const words = type.replace(/[_-]+/g, ' ').trim();
  return words === '' ? 'Action' : `${words.charAt(0).toUpperCase()}${words.slice(1)}`;
};

/** What drives the type's duration, and its prior; nothing known for a type the catalogue lacks. */
export const actionDuration = (type: string): DurationSpec => find(type)?.duration ?? { drivenBy: 'nothing' };

/**
 * Why a droplet kind cannot work on the droplet now, in words for a tooltip, or null when it can: the
 * rules every kind shares (locked, busy, still being created, archived), then the kind's own.
 */
export const dropletKindUnavailable = (kind: DropletKind, state: DropletActionState): string | null => {
  const { rules } = dropletKinds[kind];
  if (state.locked) return 'The droplet is locked while DigitalOcean works on it.';
  if (state.busy) return 'An action is running on the droplet; wait until it finishes.';
  if (state.status === 'new' && !rules.duringCreate) return 'The droplet is still being created.';
  if (state.status === 'archive' && !rules.archived) return 'The droplet is archived.';
  return rules.available?.(state) ?? null;
};

/** Why an image kind cannot run on the image now, or null when it can. */
export const imageKindUnavailable = (kind: ImageKind, state: ImageActionState): string | null => imageKinds[kind].available(state);

/** The droplet kinds DigitalOcean runs by tag. */
export const tagKinds = (Object.keys(dropletKinds) as DropletKind[]).filter((kind) => dropletKinds[kind].rules.byTag === true);

/** The droplet kinds the bulk bar offers. */
export const bulkKinds = (Object.keys(dropletKinds) as DropletKind[]).filter((kind) => dropletKinds[kind].rules.bulk === true);

/** What the prior alone expects of the type on `gigabytes` of data, or undefined where it has none. */
export const priorEstimateMs = (type: string, gigabytes?: number): number | undefined => {
  const { drivenBy, prior } = actionDuration(type);
  if (prior === undefined) return undefined;
  const scale = drivenBy === 'nothing' ? 1 : gigabytes;
  return scale === undefined ? undefined : Math.max(prior.ms * scale, prior.minimumMs ?? 0);
};
