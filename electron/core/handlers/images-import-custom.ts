import type { Handlers } from '../dispatch';
import type { HandlerDeps } from './deps';
import { identified, imageName, imageRow } from './image-rows';
import { rememberImage } from './remember-images';

/**
 * An import is not an action: DigitalOcean reports it through the image's status (NEW, then available
 * or deleted with an error message), which the tracker follows. The POST is never retried.
 */
export const imagesImportCustomHandler =
  ({ sessions, tracker, resourceNames }: Pick<HandlerDeps, 'sessions' | 'tracker' | 'resourceNames'>): Handlers['images.importCustom'] =>
  async ({ name, url, region, distribution, description, tags }) => {
    const client = await sessions.client();
    const image = identified(await client.images.createCustom({ name, url, region, distribution, description, tags }));
    rememberImage(resourceNames, image);
    tracker.trackImageImport(image, { resourceName: imageName(image) });
    return imageRow(image);
  };
