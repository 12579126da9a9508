import type { StartedAction } from '../action-types';
import type { Action, Image, Snapshot } from '../do-types';
import type { StreamedList } from '../events';
import { distributions, type ImageRow } from '../image-types';
import { operation } from '../operation';
import { imageActionSchema } from '../requests/image-actions';
import { listStreamSchema } from '../requests/list-stream';
import { tagNameSchema } from '../requests/names';
import { regionSlugSchema } from '../requests/region-slug';
import { imageUrlProblem } from '../rules/image-url';
import { z } from '../zod';

const imageId = z.number().int().positive();

/** Droplet snapshots have numeric ids (as numbers in image lists, as strings in `/v2/snapshots`), volume snapshots UUIDs. */
const snapshotId = z.union([
  imageId,
  z.string().regex(/^(\d{1,15}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i, 'A snapshot id is a number or a UUID.'),
]);

/** The spec sets no limit on image names; 255 keeps them to what any view can show. */
const imageName = z.string().trim().min(1, 'Give the image a name.').max(255, 'Keep the name to 255 characters or fewer.');

const description = z.string().max(4096, 'Keep the description to 4,096 characters or fewer.');

const distribution = z.enum(distributions);

const imageUrl = z
  .string()
  .trim()
  .superRefine((url, context) => {
    const problem = imageUrlProblem(url);
    if (problem) context.addIssue({ code: 'custom', message: problem });
  });

/** A public image's slug (`ubuntu-24-04-x64`); all digits would be read as an id. */
const slug = z
  .string()
  .regex(/^(?!\d+$)[a-z0-9][a-z0-9.-]{0,254}$/i, 'A slug is letters, digits, dots and hyphens, such as ubuntu-24-04-x64.');

const byId = z.object({ id: imageId }).strict();

const imageFilter = z
  .object({
    /** Public distributions or 1-Click applications (not the image's own `type`). */
    type: z.enum(['distribution', 'application']).optional(),
    /** Only the account's own images: snapshots, backups and custom images. */
    private: z.literal(true).optional(),
    tagName: tagNameSchema.optional(),
    /** Pushes each page's rows as `lists.page` as they arrive; the answer then only counts them. */
    stream: listStreamSchema.optional(),
  })
  .strict();

const newCustomImage = z
  .object({
    name: imageName,
    url: imageUrl,
    region: regionSlugSchema,
    distribution: distribution.optional(),
    description: description.optional(),
    tags: z.array(tagNameSchema).max(100, 'Use at most 100 tags.').optional(),
  })
  .strict();

const imageChanges = z
  .object({ id: imageId, name: imageName.optional(), description: description.optional(), distribution: distribution.optional() })
  .strict()
  .refine((changes) => changes.name !== undefined || changes.description !== undefined || changes.distribution !== undefined, {
    message: 'Change at least one of the name, the description or the distribution.',
  });

export const imageOperations = {
  /**
   * Every matching image, all pages, as rows: snapshots and backups are private images of those types, imports type custom.
   * With a `stream`, the rows go out as `lists.page` and the answer only counts them.
   */
  'images.list': operation<ImageRow[] | StreamedList>()(imageFilter),
  /** One image by id, or a public image by slug (the account's own images are found by id only). */
  'images.get': operation<Image>()(z.union([byId, z.object({ slug }).strict()])),
  /** Imports a disk image from a URL into a region; the tracker follows it until the image is available or deleted. */
  'images.importCustom': operation<ImageRow>()(newCustomImage),
  /** Renames an image; a custom image's description and distribution can change too (refused for other types before any write). */
  'images.update': operation<ImageRow>()(imageChanges),
  /** Deletes one of the account's images; a public image is refused before any request. */
  'images.delete': operation<{ id: number }>()(byId),
  /** Transfers an image to another region or converts a backup to a snapshot; the started action is tracked. */
  'images.runAction': operation<StartedAction>()(z.object({ id: imageId, action: imageActionSchema }).strict()),
  /** The image's actions (transfers, conversions), all pages. */
  'images.actions': operation<Action[]>()(byId),
  /** Every snapshot of the account, all pages; Droplet or volume snapshots only when asked. */
  'snapshots.list': operation<Snapshot[]>()(z.object({ resourceType: z.enum(['droplet', 'volume']).optional() }).strict()),
  /** One snapshot; an image that is not a snapshot is a validation error from DigitalOcean. */
  'snapshots.get': operation<Snapshot>()(z.object({ id: snapshotId }).strict()),
  /** Deletes a snapshot. */
  'snapshots.delete': operation<{ id: string }>()(z.object({ id: snapshotId }).strict()),
};
