import type { Image } from '../../../shared/do-types';
import type { ImageRow } from '../../../shared/image-types';
import { AppError } from '../errors';

/** An image with its id: the spec promises no field, but an image without an id cannot be shown or acted on. */
export type IdentifiedImage = Image & { id: number };

export const hasImageId = (image: Image): image is IdentifiedImage => typeof image.id === 'number';

/** The image a single answer carried, which the panel goes on to show or follow by its id. */
export const identified = (image: Image): IdentifiedImage => {
  if (!hasImageId(image)) throw AppError.of('server', 'DigitalOcean answered with an image that has no id.');
  return image;
};

/** What the panel calls an image: its name, or its id when DigitalOcean sent no name. */
export const imageName = (image: IdentifiedImage): string => image.name || `Image ${image.id}`;

/** The row the panel's image lists show. */
export const imageRow = (image: IdentifiedImage): ImageRow => ({
  id: image.id,
  name: imageName(image),
  type: image.type ?? null,
  distribution: image.distribution ?? null,
  slug: image.slug ?? null,
  public: image.public ?? false,
  regions: image.regions ?? [],
  minDiskSize: image.min_disk_size ?? null,
  sizeGigabytes: image.size_gigabytes ?? null,
  createdAt: image.created_at ?? '',
  status: image.status ?? null,
  errorMessage: image.error_message ?? '',
  tags: image.tags ?? [],
  description: image.description ?? '',
});
