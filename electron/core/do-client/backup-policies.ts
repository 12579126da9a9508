import type { DropletBackupPolicyRecord, SupportedDropletBackupPolicy } from '../../../shared/do-types';
import type { CallOptions } from './call-options';
import { path, type ClientContext } from './context';
import type { ListPage, ListSpec, PageQuery } from './pagination';

/** The policies list is an object keyed by Droplet id; its key is kept on each record as `droplet_id`. */
const policyList: ListSpec<DropletBackupPolicyRecord> = {
  path: '/v2/droplets/backups/policies',
  pick: ({ policies }) =>
    typeof policies === 'object' && policies !== null && !Array.isArray(policies)
      ? Object.entries(policies as Record<string, DropletBackupPolicyRecord>).map(([id, record]) => ({ droplet_id: Number(id), ...record }))
      : undefined,
};

/** Droplet backup policies. */
export const backupPoliciesApi = (ctx: ClientContext) => ({
  /** One Droplet's backup policy and next window. */
  get: (dropletId: number, call?: CallOptions): Promise<DropletBackupPolicyRecord> =>
    ctx.read('policy', { method: 'GET', path: path`/v2/droplets/${dropletId}/backups/policy` }, call),
  /** One page of every Droplet's backup policy. */
  list: (page?: PageQuery, call?: CallOptions): Promise<ListPage<DropletBackupPolicyRecord>> => ctx.page(policyList, page, call),
  /** Every Droplet's backup policy. */
  listAll: (call?: CallOptions): Promise<DropletBackupPolicyRecord[]> => ctx.all(policyList, call),
  /** The plans, days and hours a policy may use (not paginated). */
  supported: (call?: CallOptions): Promise<SupportedDropletBackupPolicy[]> =>
    ctx.read('supported_policies', { method: 'GET', path: '/v2/droplets/backups/supported_policies' }, call),
});
