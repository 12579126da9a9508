import type { Tag } from '../do-types';
import { noInput, operation } from '../operation';
import { tagNameSchema } from '../requests/names';
import { z } from '../zod';

const byName = z.object({ name: tagNameSchema }).strict();

/** What to tag or untag; a thousand at a time keeps one request's body reasonable. */
const tagResources = z
  .object({
    name: tagNameSchema,
    resources: z
      .array(
        z
          .object({
            resource_id: z.string().min(1).max(255),
            resource_type: z.enum(['droplet', 'image', 'volume', 'volume_snapshot']),
          })
          .strict(),
      )
      .min(1, 'Choose at least one resource.')
      .max(1000, 'Tag at most 1,000 resources at once.'),
  })
  .strict();

export const tagOperations = {
  /** Every tag of the account, with how many resources of each kind carry it. */
  'tags.list': operation<Tag[]>()(noInput),
  /** Creates a tag; one that exists already answers with its original spelling. */
  'tags.create': operation<Tag>()(byName),
  /** Deletes a tag, untagging everything that had it. */
  'tags.delete': operation<{ name: string }>()(byName),
  /** Tags Droplets, images, volumes or volume snapshots. */
  'tags.tagResources': operation<{ name: string }>()(tagResources),
  /** Untags Droplets, images, volumes or volume snapshots. */
  'tags.untagResources': operation<{ name: string }>()(tagResources),
};
