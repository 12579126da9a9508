import type { ImageRow } from '../../../../shared/image-types';

/** An image the form can create from, keyed for a select (`slug:…` for public images, `id:…` for the rest). */
export interface ImageChoice {
  key: string;
  label: string;
  /** What `droplets.create` takes: a public image's slug, otherwise the id. */
  request: number | string;
  row: ImageRow;
}

export interface ImageGroup {
  label: string;
  choices: ImageChoice[];
}

const keyOf = (row: ImageRow): string => (row.public && row.slug ? `slug:${row.slug}` : `id:${row.id}`);

/**
 * DigitalOcean names a distribution's image by its version only (`24.04 (LTS) x64`): the distribution
 * goes in front. An application's name says what it is; the account's own images add their distribution.
 */
const labelOf = (row: ImageRow, isDistribution: boolean): string => {
  if (row.distribution === null || row.distribution === 'Unknown') return row.name;
  if (isDistribution) return row.name.startsWith(row.distribution) ? row.name : `${row.distribution} ${row.name}`;
  return row.public ? row.name : `${row.name} (${row.distribution})`;
};

const choiceOf =
  (isDistribution: boolean) =>
  (row: ImageRow): ImageChoice => ({
    key: keyOf(row),
    label: labelOf(row, isDistribution),
    request: row.public && row.slug ? row.slug : row.id,
    row,
  });

const byName = (a: ImageChoice, b: ImageChoice): number => a.label.localeCompare(b.label);

/** Only images that exist and finished importing can be created from. */
const usable = (row: ImageRow): boolean => row.status === null || row.status === 'available';

/** Distributions, 1-Click applications, then the account's own snapshots, backups and custom images. */
export const imageGroups = (distributions: readonly ImageRow[], applications: readonly ImageRow[], own: readonly ImageRow[]): ImageGroup[] => {
  const ofType = (type: ImageRow['type']) => own.filter((row) => row.type === type && usable(row)).map(choiceOf(false)).sort(byName);
  return [
    { label: 'Distributions', choices: distributions.filter(usable).map(choiceOf(true)).sort(byName) },
    { label: 'Applications', choices: applications.filter(usable).map(choiceOf(false)).sort(byName) },
    { label: 'Your snapshots', choices: ofType('snapshot') },
    { label: 'Your backups', choices: ofType('backup') },
    { label: 'Your custom images', choices: ofType('custom') },
  ].filter((group) => group.choices.length > 0);
};

/** The choice a prefill names: an id (any image) or a public image's slug. */
export const findPrefilled = (groups: readonly ImageGroup[], image: number | string | undefined): ImageChoice | undefined => {
  if (image === undefined) return undefined;
  const all = groups.flatMap((group) => group.choices);
  return typeof image === 'number' ? all.find((choice) => choice.row.id === image) : all.find((choice) => choice.row.slug === image);
};

/**
 * The regions a droplet from this image can be built in: a public image is offered everywhere, the
 * account's own images only where they are stored. Null: no limit.
 */
export const imageRegions = (choice: ImageChoice | undefined): readonly string[] | null =>
  choice === undefined || choice.row.public ? null : choice.row.regions;
