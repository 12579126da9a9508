import type { Image } from '../../../shared/do-types';
import { hasImageId, type IdentifiedImage } from '../../../shared/image-rows';
import { AppError } from '../errors';

export { hasImageId, imageName, imageRow, type IdentifiedImage } from '../../../shared/image-rows';

/** The image a single answer carried, which the panel goes on to show or follow by its id. */
export const identified = (image: Image): IdentifiedImage => {
  if (!hasImageId(image)) throw AppError.of('server', 'DigitalOcean answered with an image that has no id.');
  return image;
};
