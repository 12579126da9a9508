import type { tagOperations } from '../../../shared/operations/tags';
import type { AreaHandlers, HandlerDeps } from './deps';

export const tagHandlers = ({ sessions }: HandlerDeps): AreaHandlers<keyof typeof tagOperations> => ({
  'tags.list': async () => (await sessions.client()).tags.listAll(),
  'tags.create': async ({ name }) => (await sessions.client()).tags.create(name),
  'tags.delete': async ({ name }) => {
    await (await sessions.client()).tags.delete(name);
    return { name };
  },
  'tags.tagResources': async ({ name, resources }) => {
    await (await sessions.client()).tags.tagResources(name, resources);
    return { name };
  },
  'tags.untagResources': async ({ name, resources }) => {
    await (await sessions.client()).tags.untagResources(name, resources);
    return { name };
  },
});
