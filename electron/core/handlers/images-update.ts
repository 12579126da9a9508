import type { FieldIssue } from '../../../shared/result';
import type { Handlers } from '../dispatch';
import { AppError } from '../errors';
import type { HandlerDeps } from './deps';
import { identified, imageName, imageRow } from './image-rows';
import { rememberImage } from './remember-images';

/**
 * The spec lets only custom images change their description and distribution (FACTS.md §4) and names
 * no refusal for other images: the simulator answers 200 and drops the change, and a change that looks
 * saved but is lost is worse than a refusal. So when either is asked for, the image is read first and
 * anything but a custom image is refused, naming the fields. A rename alone needs no read; a public
 * image's refusal then comes from DigitalOcean.
 */
export const imagesUpdateHandler =
  ({ sessions, resourceNames }: Pick<HandlerDeps, 'sessions' | 'resourceNames'>): Handlers['images.update'] =>
  async ({ id, name, description, distribution }) => {
    const client = await sessions.client();
    if (description !== undefined || distribution !== undefined) {
      const current = identified(await client.images.get(id));
      if (current.type !== 'custom') {
        const kind = current.public ? 'a public image' : `a ${current.type ?? 'non-custom image'}`;
        const message = `${imageName(current)} is ${kind}: only custom images have a description and a distribution to change.`;
        const issues: FieldIssue[] = [];
        if (description !== undefined) issues.push({ path: 'description', message: 'Only custom images have a description.' });
        if (distribution !== undefined) issues.push({ path: 'distribution', message: 'Only custom images have a distribution.' });
        throw AppError.of('validation', message, { issues });
      }
    }
    const image = identified(await client.images.update(id, { name, description, distribution }));
    rememberImage(resourceNames, image);
    return imageRow(image);
  };
