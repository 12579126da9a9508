import type { Tag, TagResource, TagsResource } from '../../../shared/do-types';
import type { CallOptions } from './call-options';
import { path, type ClientContext } from './context';
import { itemsAt, type ListPage, type ListSpec, type PageQuery } from './pagination';

const tagList: ListSpec<Tag> = { path: '/v2/tags', pick: itemsAt('tags') };

/** `/v2/tags`. Names are case-stable: use the spelling the tag was created with (FACTS.md §4). */
export const tagsApi = (ctx: ClientContext) => ({
  /** Creates a tag; creating one that exists answers with it. */
  create: (name: string, call?: CallOptions): Promise<Tag> => ctx.read('tag', { method: 'POST', path: '/v2/tags', body: { name } }, call),
  /** One tag with its resource counts. */
  get: (name: string, call?: CallOptions): Promise<Tag> => ctx.read('tag', { method: 'GET', path: path`/v2/tags/${name}` }, call),
  /** One page of tags. */
  list: (page?: PageQuery, call?: CallOptions): Promise<ListPage<Tag>> => ctx.page(tagList, page, call),
  /** Every tag. */
  listAll: (call?: CallOptions): Promise<Tag[]> => ctx.all(tagList, call),
  /** Deletes a tag, untagging everything that had it. */
  delete: (name: string, call?: CallOptions): Promise<void> => ctx.send({ method: 'DELETE', path: path`/v2/tags/${name}` }, call),
  /** Tags resources. */
  tagResources: (name: string, resources: TagResource[], call?: CallOptions): Promise<void> =>
    ctx.send({ method: 'POST', path: path`/v2/tags/${name}/resources`, body: { resources } satisfies TagsResource }, call),
  /** Untags resources. */
  untagResources: (name: string, resources: TagResource[], call?: CallOptions): Promise<void> =>
    ctx.send({ method: 'DELETE', path: path`/v2/tags/${name}/resources`, body: { resources } satisfies TagsResource }, call),
});
