import type {
  Droplet,
  DropletCreateRequest,
  DropletMultiCreate,
  DropletMultiCreateResponse,
  DropletSingleCreateResponse,
  DropletSnapshot,
  Kernel,
  NeighborIds,
} from '../../../shared/do-types';
import type { CallOptions } from './call-options';
import { path, type ClientContext } from './context';
import { itemsAt, type ListPage, type ListSpec, type OnPage, type PageQuery } from './pagination';

/** Filters of `GET /v2/droplets`. `tag_name` cannot be combined with the others (FACTS.md §1). */
export interface DropletListFilter {
  tag_name?: string;
  /** An exact, case-insensitive name. */
  name?: string;
  /** Only non-GPU Droplets are listed unless `gpus` is asked for. */
  type?: 'droplets' | 'gpus';
}

/** What a create answers: one Droplet for `name`, several for `names`. */
export type DropletCreateResponseFor<B extends DropletCreateRequest> = B extends DropletMultiCreate
  ? DropletMultiCreateResponse
  : DropletSingleCreateResponse;

const dropletList = (filter: DropletListFilter): ListSpec<Droplet> => ({
  path: '/v2/droplets',
  pick: itemsAt('droplets'),
  query: { ...filter },
});

const kernelList = (id: number): ListSpec<Kernel> => ({ path: path`/v2/droplets/${id}/kernels`, pick: itemsAt('kernels') });
const snapshotList = (id: number): ListSpec<DropletSnapshot> => ({ path: path`/v2/droplets/${id}/snapshots`, pick: itemsAt('snapshots') });
const backupList = (id: number): ListSpec<DropletSnapshot> => ({ path: path`/v2/droplets/${id}/backups`, pick: itemsAt('backups') });

/** `/v2/droplets` and the Droplet's own lists (kernels, snapshots, backups, neighbors). */
export const dropletsApi = (ctx: ClientContext) => ({
  /** One page of Droplets. */
  list: ({ page, per_page, ...filter }: DropletListFilter & PageQuery = {}, call?: CallOptions): Promise<ListPage<Droplet>> =>
    ctx.page(dropletList(filter), { page, per_page }, call),
  /** Every Droplet that matches, in API order; `onPage` hears each page as it arrives. */
  listAll: (filter: DropletListFilter = {}, call?: CallOptions, onPage?: OnPage<Droplet>): Promise<Droplet[]> =>
    ctx.all(dropletList(filter), call, onPage),
  /** One Droplet. */
  get: (id: number, call?: CallOptions): Promise<Droplet> => ctx.read('droplet', { method: 'GET', path: path`/v2/droplets/${id}` }, call),
  /** Creates one Droplet (`name`) or several (`names`); follow `links.actions` for progress. */
  create: <B extends DropletCreateRequest>(body: B, call?: CallOptions): Promise<DropletCreateResponseFor<B>> =>
    ctx.send({ method: 'POST', path: '/v2/droplets', body }, call),
  /** Deletes a Droplet (never a "destroy" action, DESIGN.md). */
  delete: (id: number, call?: CallOptions): Promise<void> => ctx.send({ method: 'DELETE', path: path`/v2/droplets/${id}` }, call),
  /** Deletes every Droplet with the tag. */
  deleteByTag: (tagName: string, call?: CallOptions): Promise<void> =>
    ctx.send({ method: 'DELETE', path: '/v2/droplets', query: { tag_name: tagName } }, call),
  /** One page of the kernels the Droplet can switch to. */
  kernels: (id: number, page?: PageQuery, call?: CallOptions): Promise<ListPage<Kernel>> => ctx.page(kernelList(id), page, call),
  /** Every kernel the Droplet can switch to. */
  kernelsAll: (id: number, call?: CallOptions): Promise<Kernel[]> => ctx.all(kernelList(id), call),
  /** One page of the Droplet's snapshots. */
  snapshots: (id: number, page?: PageQuery, call?: CallOptions): Promise<ListPage<DropletSnapshot>> => ctx.page(snapshotList(id), page, call),
  /** Every snapshot of the Droplet. */
  snapshotsAll: (id: number, call?: CallOptions): Promise<DropletSnapshot[]> => ctx.all(snapshotList(id), call),
  /** One page of the Droplet's backups. */
  backups: (id: number, page?: PageQuery, call?: CallOptions): Promise<ListPage<DropletSnapshot>> => ctx.page(backupList(id), page, call),
  /** Every backup of the Droplet. */
  backupsAll: (id: number, call?: CallOptions): Promise<DropletSnapshot[]> => ctx.all(backupList(id), call),
  /** Droplets on the same physical server as this one (not paginated). */
  neighbors: (id: number, call?: CallOptions): Promise<Droplet[]> =>
    ctx.read('droplets', { method: 'GET', path: path`/v2/droplets/${id}/neighbors` }, call),
  /** Groups of the account's Droplets that share a physical server (not paginated). */
  neighborIds: (call?: CallOptions): Promise<NeighborIds['neighbor_ids']> =>
    ctx.read('neighbor_ids', { method: 'GET', path: '/v2/reports/droplet_neighbors_ids' }, call),
});
