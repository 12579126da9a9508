import { backupHours, backupWeekdays, type FieldKind, type Fields, type FieldValues } from '../actions/entry';
import { z } from '../zod';
import { dropletNameSchema } from './names';
import { regionSlugSchema } from './region-slug';

/**
 * The schema of each kind of request field the catalogue declares. Stricter than the spec where its
 * prose demands what its schema leaves optional, so a person gets the reason before a late 422.
 */

/** When backups run: `plan`, and for weekly plans the day; the hour starts a 4-hour window (UTC). */
export const backupPolicySchema = z
  .object({
    plan: z.enum(['daily', 'weekly']),
    weekday: z.enum(backupWeekdays).optional(),
    hour: z.union(backupHours.map((hour) => z.literal(hour))).optional(),
  })
  .strict();

const fieldSchemas: { [K in FieldKind]: z.ZodType<FieldValues[K]> } = {
  dropletName: dropletNameSchema,
  sizeSlug: z.string().min(1).max(64),
  imageRef: z.union([z.number().int().positive(), z.string().min(1).max(255)]),
  imageId: z.number().int().positive(),
  kernelId: z.number().int().positive(),
  snapshotName: z.string().min(1).max(255),
  regionSlug: regionSlugSchema,
  boolean: z.boolean(),
  backupPolicy: backupPolicySchema,
};

/** `{ type, ...fields }`, nothing else: one member of an action union. */
export const actionBodySchema = (type: string, fields: Fields) =>
  z
    .object({
      type: z.literal(type),
      ...Object.fromEntries(
        Object.entries(fields).map(([name, spec]) => {
          const schema = fieldSchemas[spec.kind];
          return [name, spec.optional ? schema.optional() : schema];
        }),
      ),
    })
    .strict();
