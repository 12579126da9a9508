import { z } from '../zod';

/**
 * A region slug (`nyc3`, `atl1`): three letters and a number. Not the spec's 15-slug enum, which misses
 * regions the API serves (FACTS.md §5); a well-formed slug DigitalOcean does not know is its to refuse.
 */
export const regionSlugSchema = z
  .string()
  .trim()
  .regex(/^[a-z]{3}\d{1,2}$/, 'Choose a region by its slug, such as nyc3.');
