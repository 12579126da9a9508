import type { AssociatedResources, AssociatedResourceStatus, SelectiveDestroyAssociatedResource } from '../../../shared/do-types';
import type { CallOptions } from './call-options';
import { path, type ClientContext } from './context';

const base = (dropletId: number): string => path`/v2/droplets/${dropletId}/destroy_with_associated_resources`;

/** `/v2/droplets/{id}/destroy_with_associated_resources`: deleting a Droplet with what would outlive it. */
export const associatedResourcesApi = (ctx: ClientContext) => ({
  /** What would outlive the Droplet (snapshots, volumes, reserved IPs), with monthly costs. */
  list: (dropletId: number, call?: CallOptions): Promise<AssociatedResources> =>
    ctx.send({ method: 'GET', path: base(dropletId) }, call),
  /** Deletes the Droplet and the chosen resources; follow with `status`. */
  destroySelective: (dropletId: number, resources: SelectiveDestroyAssociatedResource, call?: CallOptions): Promise<void> =>
    ctx.send({ method: 'DELETE', path: `${base(dropletId)}/selective`, body: resources }, call),
  /** Deletes the Droplet and everything associated with it; the API wants `X-Dangerous: true` to believe it. */
  destroyDangerous: (dropletId: number, call?: CallOptions): Promise<void> =>
    ctx.send({ method: 'DELETE', path: `${base(dropletId)}/dangerous`, headers: { 'X-Dangerous': 'true' } }, call),
  /** How the last destroy with associated resources is going. */
  status: (dropletId: number, call?: CallOptions): Promise<AssociatedResourceStatus> =>
    ctx.send({ method: 'GET', path: `${base(dropletId)}/status` }, call),
  /** Retries the resources a destroy failed to delete; `conflict` while one is still running. */
  retry: (dropletId: number, call?: CallOptions): Promise<void> => ctx.send({ method: 'POST', path: `${base(dropletId)}/retry` }, call),
});
