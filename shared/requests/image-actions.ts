import { z } from '../zod';
import { regionSlugSchema } from './region-slug';

/**
 * The image actions a request may carry. Stricter than the spec, whose `anyOf` lets a transfer
 * without a region through (FACTS.md §3): here a transfer names where it goes.
 */
export const imageActionSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('transfer'), region: regionSlugSchema }).strict(),
  z.object({ type: z.literal('convert') }).strict(),
]);

export type ImageActionRequest = z.output<typeof imageActionSchema>;
