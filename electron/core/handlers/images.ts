import type { AreaHandlers, HandlerDeps } from './deps';
import { imagesActionsHandler } from './images-actions';
import { imagesDeleteHandler } from './images-delete';
import { imagesGetHandler } from './images-get';
import { imagesImportCustomHandler } from './images-import-custom';
import { imagesListHandler } from './images-list';
import { imagesRunActionHandler } from './images-run-action';
import { imagesUpdateHandler } from './images-update';

type ImageOperation =
  | 'images.list'
  | 'images.get'
  | 'images.importCustom'
  | 'images.update'
  | 'images.delete'
  | 'images.runAction'
  | 'images.actions';

export const imageHandlers = (deps: HandlerDeps): AreaHandlers<ImageOperation> => ({
  'images.list': imagesListHandler(deps),
  'images.get': imagesGetHandler(deps),
  'images.importCustom': imagesImportCustomHandler(deps),
  'images.update': imagesUpdateHandler(deps),
  'images.delete': imagesDeleteHandler(deps),
  'images.runAction': imagesRunActionHandler(deps),
  'images.actions': imagesActionsHandler(deps),
});
