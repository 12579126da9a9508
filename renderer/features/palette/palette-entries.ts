import type { DropletRow } from '../../../shared/droplet-types';
import type { ImageRow } from '../../../shared/image-types';
import { searchText, type Searchable } from './fuzzy-match';

/** A droplet as the palette finds it: by name, either IP, id or any tag. */
export const searchableDroplets = (rows: readonly DropletRow[]): Searchable<DropletRow>[] =>
  rows.map((row) => ({ value: row, text: searchText(row.name, row.publicIpv4, row.privateIpv4, row.id, ...row.tags) }));

/** An image as the palette finds it: by name, slug, distribution, id or any tag. */
export const searchableImages = (rows: readonly ImageRow[]): Searchable<ImageRow>[] =>
  rows.map((row) => ({ value: row, text: searchText(row.name, row.slug, row.distribution, row.id, ...row.tags) }));

/** How many droplets or images the palette lists for one query; the count says how many more matched. */
export const shownLimit = 50;
