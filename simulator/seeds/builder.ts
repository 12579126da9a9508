import { publicImages } from '../catalogue/images';
import { availableRegions } from '../catalogue/regions';
import { nextBackupWindow, retainedBackups } from '../domain/backups';
import { addDroplet, assignNetworks, type DropletSpec } from '../domain/droplets';
import { addImage } from '../domain/images';
import { ensureTag, tagImage } from '../domain/tags';
import type { PastAction } from '../actions/engine';
import type { BackupPolicy, DropletRecord, DropletStatus, ImageRecord } from '../state';
import { DAY_MS } from '../time';
import type { World } from '../world';

/**
 * Builds an account's past: Droplets that already exist, their snapshots and backups, and the actions
 * that made them. Past actions are collected and recorded in time order at the end, so action ids grow
 * with time as the real ones do.
 */
export class SeedBuilder {
  private readonly past: PastAction[] = [];

  constructor(readonly world: World) {}

  get now(): number {
    return this.world.clock.now();
  }

  daysAgo(days: number): number {
    return this.now - Math.round(days * DAY_MS);
  }

  addPublicImages(): void {
    const regions = availableRegions().map((region) => region.slug);
    for (const info of publicImages) {
      this.world.store.images.set(info.id, {
        id: info.id,
        name: info.name,
        type: 'base',
        kind: info.kind,
        distribution: info.distribution,
        slug: info.slug,
        public: true,
        regions: [...regions],
        createdAt: Date.parse(info.createdAt),
        minDiskSize: info.minDiskSize,
        sizeGigabytes: info.sizeGigabytes,
        description: info.description,
        tags: [],
        status: 'available',
        errorMessage: '',
        dropletId: null,
      });
    }
  }

  publicImage(slug: string): ImageRecord {
    const info = publicImages.find((candidate) => candidate.slug === slug);
    const image = info && this.world.store.images.get(info.id);
    if (!image) throw new Error(`seed uses unknown image ${slug}`);
    return image;
  }

  pastAction(action: PastAction): void {
    this.past.push(action);
  }

  /** A Droplet created `ageDays` ago, up and running (or powered off) since. */
  droplet(spec: DropletSpec, status: Exclude<DropletStatus, 'new'>, ageDays: number): DropletRecord {
    const createdAt = this.daysAgo(ageDays);
    const droplet = addDroplet(this.world, spec, status, createdAt);
    assignNetworks(this.world, droplet);
    this.pastAction({ type: 'create', resourceType: 'droplet', resourceId: droplet.id, regionSlug: droplet.regionSlug, startedAt: createdAt, seconds: 38 });
    if (status === 'off') {
      this.pastAction({ type: 'power_off', resourceType: 'droplet', resourceId: droplet.id, regionSlug: droplet.regionSlug, startedAt: this.daysAgo(Math.min(ageDays, 6) * 0.5), seconds: 9 });
    }
    return droplet;
  }

  private image(droplet: DropletRecord, type: 'snapshot' | 'backup', name: string, createdAt: number): ImageRecord {
    return addImage(this.world.store, {
      name,
      type,
      kind: null,
      distribution: droplet.image.distribution,
      slug: null,
      public: false,
      regions: [droplet.regionSlug],
      createdAt,
      minDiskSize: droplet.disk,
      sizeGigabytes: Math.round(droplet.usedGigabytes * (0.9 + this.world.rng.next() * 0.2) * 100) / 100,
      description: '',
      tags: [],
      status: 'available',
      errorMessage: '',
      dropletId: droplet.id,
    });
  }

  snapshot(droplet: DropletRecord, name: string, ageDays: number): ImageRecord {
    const image = this.image(droplet, 'snapshot', name, this.daysAgo(ageDays));
    droplet.snapshotIds.push(image.id);
    this.pastAction({
      type: 'snapshot', resourceType: 'droplet', resourceId: droplet.id, regionSlug: droplet.regionSlug,
      startedAt: image.createdAt - Math.round((image.sizeGigabytes ?? 1) * 120_000), seconds: (image.sizeGigabytes ?? 1) * 120,
    });
    return image;
  }

  /** Backups taken in each past window of the policy, as many as the retention keeps. */
  backups(droplet: DropletRecord, policy: BackupPolicy): void {
    droplet.backupPolicy = policy;
    if (!droplet.features.includes('backups')) droplet.features = ['backups', ...droplet.features];
    const step = policy.plan === 'weekly' ? 7 * DAY_MS : DAY_MS;
    const count = retainedBackups(policy);
    const next = nextBackupWindow(policy, this.now).start;
    for (let index = count; index >= 1; index -= 1) {
      const takenAt = next - index * step + 47 * 60_000;
      if (takenAt <= droplet.createdAt) continue;
      const date = new Date(takenAt).toISOString().slice(0, 10);
      droplet.backupIds.push(this.image(droplet, 'backup', `${droplet.name} ${date}`, takenAt).id);
    }
    this.world.backups.plan(this.world, droplet);
  }

  customImage(image: Omit<ImageRecord, 'id' | 'type' | 'kind' | 'slug' | 'public' | 'dropletId' | 'tags'>, tags: readonly string[] = []): ImageRecord {
    const record = addImage(this.world.store, { ...image, type: 'custom', kind: null, slug: null, public: false, dropletId: null, tags: [] });
    for (const name of tags) tagImage(ensureTag(this.world.store, name), record);
    return record;
  }

  /** Records the collected history, oldest first. */
  finish(): void {
    for (const action of this.past.sort((a, b) => a.startedAt - b.startedAt)) this.world.engine.recordPast(action);
    this.past.length = 0;
  }
}
