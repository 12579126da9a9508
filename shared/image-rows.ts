import type { Image } from './do-types';
import type { ImageRow } from './image-types';

/** An image with its id: the spec promises no field, but an image without an id cannot be shown or acted on. */
export type IdentifiedImage = Image & { id: number };

export const hasImageId = (image: Image): image is IdentifiedImage => typeof image.id === 'number';

/** What the panel calls an image: its name, or its id when DigitalOcean sent no name. */
export const imageName = (image: IdentifiedImage): string => image.name || `Image ${image.id}`;

/** The row the panel's image lists show (the main side's lists, and the renderer for an image no list holds). */
export const imageRow = (image: IdentifiedImage, name: string = imageName(image)): ImageRow => ({
  id: image.id,
  name,
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
