import { findSize } from '../catalogue/sizes';
import { nextBackupWindow } from '../domain/backups';
import type { DropletRecord } from '../state';
import { iso } from '../time';
import type { World } from '../world';
import { regionViewBySlug, sizeView } from './catalogue';
import { imageView } from './image';

export const dropletView = (world: World, droplet: DropletRecord) => {
  const size = findSize(droplet.sizeSlug);
  if (!size) throw new Error(`unknown size ${droplet.sizeSlug}`);
  const window = droplet.backupPolicy ? nextBackupWindow(droplet.backupPolicy, world.clock.now()) : null;
  return {
    id: droplet.id,
    name: droplet.name,
    memory: size.memory,
    vcpus: size.vcpus,
    disk: droplet.disk,
    disk_info: [
      { type: 'local', size: { amount: droplet.disk, unit: 'gib' } },
      ...(size.gpu && size.gpu.scratchGiB > 0 ? [{ type: 'scratch', size: { amount: size.gpu.scratchGiB, unit: 'gib' } }] : []),
    ],
    locked: world.engine.isLocked('droplet', droplet.id),
    status: droplet.status,
    kernel: droplet.kernel ? { ...droplet.kernel } : null,
    created_at: iso(droplet.createdAt),
    features: [...droplet.features],
    backup_ids: [...droplet.backupIds],
    next_backup_window: window ? { start: iso(window.start), end: iso(window.end) } : null,
    snapshot_ids: [...droplet.snapshotIds],
    image: imageView(droplet.image),
    volume_ids: [],
    size: sizeView(size),
    size_slug: size.slug,
    networks: { v4: droplet.networks.v4.map((net) => ({ ...net })), v6: droplet.networks.v6.map((net) => ({ ...net })) },
    region: regionViewBySlug(droplet.regionSlug),
    tags: [...droplet.tags],
    vpc_uuid: droplet.vpcUuid,
    ...(size.gpu ? { gpu_info: { count: size.gpu.count, model: size.gpu.model, vram: { amount: size.gpu.vramGiB, unit: 'gib' } } } : {}),
  };
};
