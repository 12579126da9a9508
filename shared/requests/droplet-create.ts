import { z } from '../zod';
import { dropletNameSchema, tagNameSchema } from './names';
import { regionSlugSchema } from './region-slug';

/** One request creates at most ten Droplets: the API's prose says so, its schema does not (FACTS.md §4). */
export const maxDropletsPerCreate = 10;
/** `user_data` "may not exceed 64 KiB", counted in bytes of UTF-8. */
export const maxUserDataBytes = 64 * 1024;

const bytesOf = (text: string): number => new TextEncoder().encode(text).length;

/**
 * A create request, checked before anything reaches the API. Names are compared ignoring case: they
 * become hostnames, and two Droplets answering to one hostname is a mistake, not a plan.
 */
export const dropletCreateSchema = z
  .object({
    names: z
      .array(dropletNameSchema)
      .min(1, 'Enter a name.')
      .max(maxDropletsPerCreate, `Create at most ${maxDropletsPerCreate} Droplets at once.`)
      .superRefine((names, context) => {
        const seen = new Set<string>();
        names.forEach((name, index) => {
          const key = name.toLowerCase();
          if (seen.has(key)) context.addIssue({ code: 'custom', path: [index], message: `${name} is already in this list: give each Droplet its own name.` });
          seen.add(key);
        });
      }),
    region: regionSlugSchema,
    size: z.string().min(1, 'Choose a size.').max(64),
    /** An image id, or a public image's slug. */
    image: z.union([z.number().int().positive(), z.string().min(1, 'Choose an image.').max(255)]),
    /** SSH key ids or fingerprints. */
    sshKeys: z.array(z.union([z.number().int().positive(), z.string().min(1).max(255)])).max(100).optional(),
    tags: z.array(tagNameSchema).max(100, 'Use at most 100 tags.').optional(),
    backups: z.boolean().optional(),
    ipv6: z.boolean().optional(),
    monitoring: z.boolean().optional(),
    userData: z
      .string()
      .refine((text) => bytesOf(text) <= maxUserDataBytes, 'User data may not exceed 64 KiB.')
      .optional(),
    vpcUuid: z.guid('Choose a VPC by its id.').optional(),
  })
  .strict();
