import { BACKUP_HOURS, WEEKDAYS, type DropletRecord } from '../state';
import { nextBackupWindow, retentionDays, WINDOW_LENGTH_HOURS } from '../domain/backups';
import { paginate } from '../pagination';
import type { Route } from '../router';
import { iso } from '../time';
import type { World } from '../world';
import { findDroplet, ok } from './helpers';

/** A Droplet's backup settings; a daily plan has no weekday, as in the spec's examples. */
const policyRecord = (world: World, droplet: DropletRecord) => {
  const policy = droplet.backupPolicy;
  if (!policy) return { droplet_id: droplet.id, backup_enabled: false };
  const window = nextBackupWindow(policy, world.clock.now());
  return {
    droplet_id: droplet.id,
    backup_enabled: true,
    backup_policy: {
      plan: policy.plan,
      ...(policy.plan === 'weekly' ? { weekday: policy.weekday } : {}),
      hour: policy.hour,
      window_length_hours: WINDOW_LENGTH_HOURS,
      retention_period_days: retentionDays(policy),
    },
    next_backup_window: { start: iso(window.start), end: iso(window.end) },
  };
};

export const backupPolicyRoutes = (world: World): Route[] => [
  {
    method: 'GET',
    path: '/v2/droplets/{droplet_id}/backups/policy',
    handle: (request) => ok({ policy: policyRecord(world, findDroplet(world, request)) }),
  },
  {
    // Keyed by Droplet id, one page of Droplets at a time.
    method: 'GET',
    path: '/v2/droplets/backups/policies',
    handle: (request) => {
      const page = paginate([...world.store.droplets.values()], request);
      const policies = Object.fromEntries(page.items.map((droplet) => [String(droplet.id), policyRecord(world, droplet)]));
      return ok({ policies, links: page.links, meta: page.meta });
    },
  },
  {
    method: 'GET',
    path: '/v2/droplets/backups/supported_policies',
    handle: () =>
      ok({
        supported_policies: [
          { name: 'weekly', possible_window_starts: [...BACKUP_HOURS], window_length_hours: WINDOW_LENGTH_HOURS, retention_period_days: 28, possible_days: [...WEEKDAYS] },
          { name: 'daily', possible_window_starts: [...BACKUP_HOURS], window_length_hours: WINDOW_LENGTH_HOURS, retention_period_days: 7, possible_days: [] },
        ],
      }),
  },
];
