import type { Region, Size } from '../../../shared/do-types';
import type { CallOptions } from './call-options';
import type { ClientContext } from './context';
import { itemsAt, type ListPage, type ListSpec, type PageQuery } from './pagination';

const regionList: ListSpec<Region> = { path: '/v2/regions', pick: itemsAt('regions') };
const sizeList: ListSpec<Size> = { path: '/v2/sizes', pick: itemsAt('sizes') };

/** `/v2/regions`. */
export const regionsApi = (ctx: ClientContext) => ({
  /** One page of regions. */
  list: (page?: PageQuery, call?: CallOptions): Promise<ListPage<Region>> => ctx.page(regionList, page, call),
  /** Every region. */
  listAll: (call?: CallOptions): Promise<Region[]> => ctx.all(regionList, call),
});

/** `/v2/sizes`. */
export const sizesApi = (ctx: ClientContext) => ({
  /** One page of sizes. */
  list: (page?: PageQuery, call?: CallOptions): Promise<ListPage<Size>> => ctx.page(sizeList, page, call),
  /** Every size. */
  listAll: (call?: CallOptions): Promise<Size[]> => ctx.all(sizeList, call),
});
