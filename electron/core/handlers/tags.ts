import type { tagOperations } from '../../../shared/operations/tags';
import type { AreaHandlers, HandlerDeps } from './deps';
import { tagsCreateHandler } from './tags-create';
import { tagsDeleteHandler } from './tags-delete';
import { tagsListHandler } from './tags-list';
import { tagsTagResourcesHandler } from './tags-tag-resources';
import { tagsUntagResourcesHandler } from './tags-untag-resources';

export const tagHandlers = ({ sessions }: HandlerDeps): AreaHandlers<keyof typeof tagOperations> => ({
  'tags.list': tagsListHandler(sessions),
  'tags.create': tagsCreateHandler(sessions),
  'tags.delete': tagsDeleteHandler(sessions),
  'tags.tagResources': tagsTagResourcesHandler(sessions),
  'tags.untagResources': tagsUntagResourcesHandler(sessions),
});
