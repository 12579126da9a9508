import type { Handlers } from '../dispatch';
import { AppError } from '../errors';
import type { HandlerDeps } from './deps';
import { identified, imageName } from './image-rows';

/**
 * Reads the image first: a public image belongs to DigitalOcean, and saying so beats a bare 403. Any
 * other refusal (an image in use, one already gone) is DigitalOcean's to give.
 */
export const imagesDeleteHandler =
  ({ sessions }: Pick<HandlerDeps, 'sessions'>): Handlers['images.delete'] =>
  async ({ id }) => {
    const client = await sessions.client();
    const image = identified(await client.images.get(id));
    if (image.public) {
      throw AppError.of('forbidden', `${imageName(image)} is a public DigitalOcean image: it is not the account's to delete.`);
    }
    await client.images.delete(id);
    return { id };
  };
