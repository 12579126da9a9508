import type { Image, ImageNewCustom, ImageUpdate } from '../../../shared/do-types';
import type { CallOptions } from './call-options';
import { path, type ClientContext } from './context';
import { itemsAt, type ListPage, type ListSpec, type OnPage, type PageQuery } from './pagination';

/** Filters of `GET /v2/images`. */
export interface ImageListFilter {
  /** Public distributions or 1-Click applications; unrelated to `Image.type`. */
  type?: 'distribution' | 'application';
  /** Only the account's own images. */
  private?: boolean;
  tag_name?: string;
}

const imageList = (filter: ImageListFilter): ListSpec<Image> => ({ path: '/v2/images', pick: itemsAt('images'), query: { ...filter } });

/** `/v2/images`. */
export const imagesApi = (ctx: ClientContext) => ({
  /** One page of images. */
  list: ({ page, per_page, ...filter }: ImageListFilter & PageQuery = {}, call?: CallOptions): Promise<ListPage<Image>> =>
    ctx.page(imageList(filter), { page, per_page }, call),
  /** Every image that matches, in API order; `onPage` hears each page as it arrives. */
  listAll: (filter: ImageListFilter = {}, call?: CallOptions, onPage?: OnPage<Image>): Promise<Image[]> =>
    ctx.all(imageList(filter), call, onPage),
  /** One image, by id or, for a public image, by slug. */
  get: (idOrSlug: number | string, call?: CallOptions): Promise<Image> =>
    ctx.read('image', { method: 'GET', path: path`/v2/images/${idOrSlug}` }, call),
  /** Imports a custom image from a URL: not an action; its `status` goes from `NEW` to `available`. */
  createCustom: (body: ImageNewCustom, call?: CallOptions): Promise<Image> =>
    ctx.read('image', { method: 'POST', path: '/v2/images', body }, call),
  /** Renames an image (and, for a custom one, changes its description or distribution). */
  update: (id: number, body: ImageUpdate, call?: CallOptions): Promise<Image> =>
    ctx.read('image', { method: 'PUT', path: path`/v2/images/${id}`, body }, call),
  /** Deletes one of the account's images. */
  delete: (id: number, call?: CallOptions): Promise<void> => ctx.send({ method: 'DELETE', path: path`/v2/images/${id}` }, call),
});
