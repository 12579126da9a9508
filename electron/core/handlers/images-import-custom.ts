import type { Handlers } from '../dispatch';
import { BYTES_PER_GIGABYTE } from '../file-size';
import type { HandlerDeps } from './deps';
import { identified, imageName, imageRow } from './image-rows';
import { rememberImage } from './remember-images';

/**
 * An import is not an action: DigitalOcean reports it through the image's status (NEW, then available
 * or deleted with an error message), which the tracker follows. The POST is never retried.
 *
 * What drives its duration is the file DigitalOcean downloads, so its size is asked of the file's
 * host while the POST is on its way: known by then, the import is estimated from its start; known
 * later, from then; never known, once DigitalOcean reports the image's size. The import never waits for it.
 */
export const imagesImportCustomHandler =
  ({ sessions, tracker, resourceNames }: Pick<HandlerDeps, 'sessions' | 'tracker' | 'resourceNames'>): Handlers['images.importCustom'] =>
  async ({ name, url, region, distribution, description, tags }) => {
    const client = await sessions.client();
    let fileGigabytes: number | undefined;
    const sized = sessions.fileSize(url).then((bytes) => (fileGigabytes = bytes === undefined ? undefined : bytes / BYTES_PER_GIGABYTE));
    const image = identified(await client.images.createCustom({ name, url, region, distribution, description, tags }));
    rememberImage(resourceNames, image);
    // A probe that answered in time sizes the import from the start; one that answers later, from then.
    await Promise.race([sized, Promise.resolve()]);
    tracker.trackImageImport(image, { resourceName: imageName(image), ...(fileGigabytes === undefined ? {} : { sizeGigabytes: fileGigabytes }) });
    if (fileGigabytes === undefined) void sized.then((gigabytes) => gigabytes !== undefined && tracker.sizeImageImport(image.id, gigabytes));
    return imageRow(image);
  };
