import type { Size } from '../../../shared/do-types';

/**
 * The sizes a droplet can move to: offered now in its region, not its current size, and with a disk
 * at least its own (DigitalOcean refuses a size with a smaller disk, with or without a disk resize,
 * since a disk cannot shrink). Cheapest first.
 */
export const resizeChoices = (
  sizes: readonly Size[],
  droplet: { regionSlug: string; sizeSlug: string; diskGb: number },
): Size[] =>
  sizes
    .filter((size) => size.available && size.regions.includes(droplet.regionSlug) && size.slug !== droplet.sizeSlug && size.disk >= droplet.diskGb)
    .sort((a, b) => a.price_monthly - b.price_monthly || a.slug.localeCompare(b.slug));
