import type { DropletRecord } from '../state';
import type { World } from '../world';
import { nextBackupWindow, retainedBackups } from './backups';
import { addImage, removeImage } from './images';
import { imageGigabytesOf, usedGigabytesAt } from './used-data';

/**
 * Takes each Droplet's backups during its backup window, as DigitalOcean does, and deletes the oldest
 * beyond what the plan retains. Backups are background work: they happen when time passes them, and
 * `runUntilIdle` does not wait a day for the next one.
 */
export class BackupSchedule {
  private readonly timers = new Map<number, number>();

  /** Plans the next backup from the Droplet's current policy, replacing any planned one; none when backups are off. */
  plan(world: World, droplet: DropletRecord): void {
    this.cancel(world, droplet.id);
    if (!droplet.backupPolicy) return;
    const window = nextBackupWindow(droplet.backupPolicy, world.clock.now());
    // Somewhere inside the four-hour window, as real backups start when the hypervisor gets to them.
    const at = window.start + world.rng.int(15, 180) * 60_000;
    this.timers.set(droplet.id, world.clock.setTimer(at - world.clock.now(), () => this.take(world, droplet), { background: true }));
  }

  cancel(world: World, dropletId: number): void {
    const timer = this.timers.get(dropletId);
    if (timer !== undefined) world.clock.clearTimer(timer);
    this.timers.delete(dropletId);
  }

  private take(world: World, droplet: DropletRecord): void {
    this.timers.delete(droplet.id);
    if (world.store.droplets.get(droplet.id) !== droplet || !droplet.backupPolicy) return;
    const takenAt = world.clock.now();
    const backup = addImage(world.store, {
      name: `${droplet.name} ${new Date(takenAt).toISOString().slice(0, 10)}`,
      type: 'backup',
      kind: null,
      distribution: droplet.image.distribution,
      slug: null,
      public: false,
      regions: [droplet.regionSlug],
      createdAt: takenAt,
      minDiskSize: droplet.disk,
      sizeGigabytes: imageGigabytesOf(usedGigabytesAt(droplet, takenAt), world.rng),
      description: '',
      tags: [],
      status: 'available',
      errorMessage: '',
      dropletId: droplet.id,
    });
    droplet.backupIds.push(backup.id);
    while (droplet.backupIds.length > retainedBackups(droplet.backupPolicy)) {
      const oldest = world.store.images.get(droplet.backupIds[0] as number);
      if (oldest) removeImage(world, oldest);
      else droplet.backupIds.shift();
    }
    this.plan(world, droplet);
  }
}
