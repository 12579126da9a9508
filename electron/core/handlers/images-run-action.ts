import type { Handlers } from '../dispatch';
import { AppError } from '../errors';
import type { HandlerDeps } from './deps';
import { followAction } from './follow-actions';
import { postActionOnce } from './post-action-once';
import { identified, imageName } from './image-rows';
import { rememberImage } from './remember-images';

/**
 * Reads the image first: the tracker's estimate needs its size and the panel its name, and a transfer
 * to a region the image is already in is refused here in words rather than by a 422 later. A request
 * that may have reached DigitalOcean before failing is resolved by reading, never sent again.
 */
export const imagesRunActionHandler =
  ({ sessions, tracker, resourceNames, now }: Pick<HandlerDeps, 'sessions' | 'tracker' | 'resourceNames' | 'now'>): Handlers['images.runAction'] =>
  async ({ id, action }) => {
    const client = await sessions.client();
    const image = identified(await client.images.get(id));
    rememberImage(resourceNames, image);
    if (action.type === 'transfer' && image.regions?.includes(action.region)) {
      const message = `${imageName(image)} is already in ${action.region}.`;
      const issue = { path: 'action.region', message: 'Choose a region the image is not in yet.' };
      throw AppError.of('validation', message, { issues: [issue] });
    }
    const resourceName = imageName(image);
    const newerThanId = tracker.newestActionId();
    const sent = { type: action.type, resourceType: 'image' as const, resourceId: id, resourceName, sentAtMs: now(), ...(newerThanId === undefined ? {} : { newerThanId }) };
    const { action: started, foundAfter } = await postActionOnce(client, sent, () => client.imageActions.post(id, action));
    return followAction(tracker, started, {
      resourceName,
      sizeGigabytes: image.size_gigabytes ?? undefined,
      ...(foundAfter === undefined ? {} : { foundAfter }),
    });
  };
