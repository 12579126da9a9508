import type { Snapshot } from '../../../shared/do-types';
import type { CallOptions } from './call-options';
import { path, type ClientContext } from './context';
import { itemsAt, type ListPage, type ListSpec, type PageQuery } from './pagination';

/** Filter of `GET /v2/snapshots`. */
export interface SnapshotListFilter {
  resource_type?: 'droplet' | 'volume';
}

const snapshotList = (filter: SnapshotListFilter): ListSpec<Snapshot> => ({
  path: '/v2/snapshots',
  pick: itemsAt('snapshots'),
  query: { ...filter },
});

/** `/v2/snapshots`: Droplet snapshots (numeric ids) and volume snapshots (UUIDs). */
export const snapshotsApi = (ctx: ClientContext) => ({
  /** One page of snapshots. */
  list: ({ page, per_page, ...filter }: SnapshotListFilter & PageQuery = {}, call?: CallOptions): Promise<ListPage<Snapshot>> =>
    ctx.page(snapshotList(filter), { page, per_page }, call),
  /** Every snapshot that matches. */
  listAll: (filter: SnapshotListFilter = {}, call?: CallOptions): Promise<Snapshot[]> => ctx.all(snapshotList(filter), call),
  /** One snapshot; an image that is not a snapshot is a `validation` error (400). */
  get: (id: number | string, call?: CallOptions): Promise<Snapshot> =>
    ctx.read('snapshot', { method: 'GET', path: path`/v2/snapshots/${id}` }, call),
  /** Deletes a snapshot. */
  delete: (id: number | string, call?: CallOptions): Promise<void> => ctx.send({ method: 'DELETE', path: path`/v2/snapshots/${id}` }, call),
});
