import type { Handlers } from '../dispatch';
import type { HandlerDeps } from './deps';
import { hasImageId, imageRow } from './image-rows';
import { rememberImage } from './remember-images';

/** Every page: a list with a hole in it would look complete (the client fails the whole list instead). */
export const imagesListHandler =
  ({ sessions, resourceNames }: Pick<HandlerDeps, 'sessions' | 'resourceNames'>): Handlers['images.list'] =>
  async ({ type, private: privateOnly, tagName }) => {
    const images = await (await sessions.client()).images.listAll({ type, private: privateOnly, tag_name: tagName });
    return images.filter(hasImageId).map((image) => {
      rememberImage(resourceNames, image);
      return imageRow(image);
    });
  };
