import { bulkEquivalent, type CommandEquivalent, type DropletWork } from '../../../shared/actions/equivalents';
import type { DropletRow } from '../../../shared/droplet-types';
import { snapshotNameFor } from '../../../shared/rules/snapshot-name-pattern';
import type { BulkActionKind, BulkRoute } from './bulk-action-rules';

/**
 * What a batch would send as the dialog stands, for "Show as command", or null while its route is
 * unknown or nothing would be sent: through a tag the bare action (DigitalOcean names snapshots taken
 * through a tag itself); per droplet, each snapshot named from the pattern.
 */
export const bulkCommand = (kind: BulkActionKind, route: BulkRoute | null, targets: readonly DropletRow[], snapshotPattern: string): CommandEquivalent | null => {
  if (route === null || targets.length === 0) return null;
  const work: DropletWork = { type: kind };
  if (route.kind === 'tag') return bulkEquivalent({ tagName: route.tagName, work });
  const names = new Map(targets.map((row) => [row.id, row.name]));
  return bulkEquivalent({
    ids: targets.map((row) => row.id),
    work: kind === 'snapshot' ? (id) => ({ type: 'snapshot', name: snapshotNameFor(snapshotPattern, names.get(id) ?? '') }) : work,
  });
};
