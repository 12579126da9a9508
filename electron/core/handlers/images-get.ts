import type { Handlers } from '../dispatch';
import type { HandlerDeps } from './deps';
import { hasImageId } from './image-rows';
import { rememberImage } from './remember-images';

/** By slug DigitalOcean finds public images only, so the account's own are asked for by id. */
export const imagesGetHandler =
  ({ sessions, resourceNames }: Pick<HandlerDeps, 'sessions' | 'resourceNames'>): Handlers['images.get'] =>
  async (request) => {
    const image = await (await sessions.client()).images.get('id' in request ? request.id : request.slug);
    if (hasImageId(image)) rememberImage(resourceNames, image);
    return image;
  };
