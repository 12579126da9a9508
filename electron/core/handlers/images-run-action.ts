import type { Handlers } from '../dispatch';
import { AppError } from '../errors';
import type { HandlerDeps } from './deps';
import { followAction } from './follow-actions';
import { identified, imageName } from './image-rows';
import { rememberImage } from './remember-images';

/**
 * Reads the image first: the tracker's estimate needs its size and the panel its name, and a transfer
 * to a region the image is already in is refused here in words rather than by a 422 later.
 */
export const imagesRunActionHandler =
  ({ sessions, tracker, resourceNames }: Pick<HandlerDeps, 'sessions' | 'tracker' | 'resourceNames'>): Handlers['images.runAction'] =>
  async ({ id, action }) => {
    const client = await sessions.client();
    const image = identified(await client.images.get(id));
    rememberImage(resourceNames, image);
    if (action.type === 'transfer' && image.regions?.includes(action.region)) {
      const message = `${imageName(image)} is already in ${action.region}.`;
      const issue = { path: 'action.region', message: 'Choose a region the image is not in yet.' };
      throw AppError.of('validation', message, { issues: [issue] });
    }
    const started = await client.imageActions.post(id, action);
    return followAction(tracker, started, { resourceName: imageName(image), sizeGigabytes: image.size_gigabytes ?? undefined });
  };
