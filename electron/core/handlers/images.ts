import type { RequestOf } from '../../../shared/contract';
import type { Image } from '../../../shared/do-types';
import type { OnPage } from '../do-client/pagination';
import type { AreaHandlers, HandlerDeps } from './deps';
import { hasImageId, imageRow } from './image-rows';
import { imagesDeleteHandler } from './images-delete';
import { imagesImportCustomHandler } from './images-import-custom';
import { imagesRunActionHandler } from './images-run-action';
import { imagesUpdateHandler } from './images-update';
import { keepingLastKnown, keptImageList } from './lists';
import { answeringStreamed } from './streamed-answer';
import { listProgress } from './list-progress';
import { rememberImage } from './remember-images';

type ImageOperation =
  | 'images.list'
  | 'images.get'
  | 'images.importCustom'
  | 'images.update'
  | 'images.delete'
  | 'images.runAction'
  | 'images.actions';

/** The small image handlers are written here; those with more to them have files of their own. */
export const imageHandlers = (deps: HandlerDeps): AreaHandlers<ImageOperation> => {
  const { sessions, resourceNames, events } = deps;
  return {
    /**
     * Every page: a list with a hole in it would look complete (the client fails the whole list instead).
     * With a `stream`, each page's rows go out as `lists.page` as it arrives, and the answer counts them.
     */
    'images.list': answeringStreamed(
      keepingLastKnown(deps, keptImageList, async ({ type, private: privateOnly, tagName, stream }: RequestOf<'images.list'>) => {
        const count = listProgress(1);
        const pages: OnPage<Image> | undefined =
          stream === undefined
            ? undefined
            : (items, progress) =>
                events.emit('lists.page', { stream, list: 'images', part: 0, page: progress.page, rows: items.filter(hasImageId).map((image) => imageRow(image)), ...count(0, items.length, progress) });
        const images = await (await sessions.client()).images.listAll({ type, private: privateOnly, tag_name: tagName }, {}, pages);
        return images.filter(hasImageId).map((image) => {
          rememberImage(resourceNames, image);
          return imageRow(image);
        });
      }),
    ),
    /** By slug DigitalOcean finds public images only, so the account's own are asked for by id. */
    'images.get': async (request) => {
      const image = await (await sessions.client()).images.get('id' in request ? request.id : request.slug);
      if (hasImageId(image)) rememberImage(resourceNames, image);
      return image;
    },
    'images.importCustom': imagesImportCustomHandler(deps),
    'images.update': imagesUpdateHandler(deps),
    'images.delete': imagesDeleteHandler(deps),
    'images.runAction': imagesRunActionHandler(deps),
    'images.actions': async ({ id }) => (await sessions.client()).imageActions.listAll(id),
  };
};
