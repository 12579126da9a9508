import { modelSeconds, varied, type DurationKind } from '../actions/durations';
import { publicImages } from '../catalogue/images';
import { availableRegions } from '../catalogue/regions';
import { nextBackupWindow, retainedBackups } from '../domain/backups';
import { addDroplet, assignNetworks, type DropletSpec } from '../domain/droplets';
import { addImage } from '../domain/images';
import { ensureTag, tagImage } from '../domain/tags';
import { imageGigabytesOf } from '../domain/used-data';
import type { PastAction } from '../actions/engine';
import type { Prng } from '../prng';
import type { BackupPolicy, DropletRecord, DropletStatus, ImageRecord } from '../state';
import { DAY_MS } from '../time';
import type { World } from '../world';

type PastWork = Omit<PastAction, 'seconds'> & { readonly kind: DurationKind; readonly units?: number };

const MINUTE_MS = 60_000;

/**
 * Builds an account's past: Droplets that already exist, their snapshots and backups, and the actions
 * that made them. Past actions are collected and recorded in time order at the end, so action ids grow
 * with time as the real ones do. Their durations are runs of the same models the engine runs
 * (`actions/durations.ts`), varied by a stream of their own so a history never shifts the present.
 */
export class SeedBuilder {
  private readonly past: PastAction[] = [];
  /** When each resource was busy with a past action: one resource runs one action at a time. */
  private readonly busy = new Map<string, Array<readonly [number, number]>>();
  /** Variance of past durations. */
  readonly history: Prng;

  constructor(readonly world: World) {
    this.history = world.rng.fork('history');
  }

  get now(): number {
    return this.world.clock.now();
  }

  daysAgo(days: number): number {
    return this.now - Math.round(days * DAY_MS);
  }

  regionSlugs(): string[] {
    return availableRegions().map((region) => region.slug);
  }

  addPublicImages(): void {
    const regions = this.regionSlugs();
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

  /** Records past work with a duration drawn from its model; returns when it completed. */
  pastAction({ kind, units, ...action }: PastWork): number {
    const seconds = Math.round(varied(modelSeconds(kind, units), this.history));
    this.past.push({ ...action, seconds });
    const key = `${action.resourceType}:${action.resourceId}`;
    const end = action.startedAt + seconds * 1000;
    this.busy.set(key, [...(this.busy.get(key) ?? []), [action.startedAt, end]]);
    return end;
  }

  /**
   * The latest start at or before `wanted` when the resource is free for `spanMs` and the work is over
   * by now: an hour earlier at a time until no past action on it overlaps.
   */
  freeStart(resourceType: 'droplet' | 'image', resourceId: number, wanted: number, spanMs: number): number {
    const taken = this.busy.get(`${resourceType}:${resourceId}`) ?? [];
    // Completed before now, with a minute to spare.
    let start = Math.min(wanted, this.now - spanMs - MINUTE_MS);
    while (taken.some(([from, to]) => start < to + MINUTE_MS && from < start + spanMs + MINUTE_MS)) start -= 60 * MINUTE_MS;
    return start;
  }

  /** A Droplet created `ageDays` ago, up and running (or powered off) since. */
  droplet(spec: DropletSpec, status: Exclude<DropletStatus, 'new'>, ageDays: number): DropletRecord {
    const createdAt = this.daysAgo(ageDays);
    const droplet = addDroplet(this.world, spec, status, createdAt);
    assignNetworks(this.world, droplet);
    this.pastAction({ ...this.on(droplet), type: 'create', kind: 'create', units: spec.image.sizeGigabytes ?? 2, startedAt: createdAt });
    if (status === 'off') {
      this.pastAction({ ...this.on(droplet), type: 'power_off', kind: 'power_off', startedAt: this.daysAgo(Math.min(ageDays, 6) * 0.5) });
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
      sizeGigabytes: imageGigabytesOf(droplet.usedGigabytes, this.world.rng),
      description: '',
      tags: [],
      status: 'available',
      errorMessage: '',
      dropletId: droplet.id,
    });
  }

  /** The fields of a past action on a Droplet. */
  on(droplet: DropletRecord): Pick<PastAction, 'resourceType' | 'resourceId' | 'regionSlug'> {
    return { resourceType: 'droplet', resourceId: droplet.id, regionSlug: droplet.regionSlug };
  }

  /**
   * A snapshot taken `ageDays` ago: the action ran for as long as copying the Droplet's data takes, and
   * the image appeared as it completed.
   */
  snapshot(droplet: DropletRecord, name: string, ageDays: number): ImageRecord {
    const seconds = modelSeconds('snapshot', droplet.usedGigabytes);
    const start = this.freeStart('droplet', droplet.id, this.daysAgo(ageDays), seconds * 1300);
    const completedAt = this.pastAction({ ...this.on(droplet), type: 'snapshot', kind: 'snapshot', units: droplet.usedGigabytes, startedAt: start });
    const image = this.image(droplet, 'snapshot', name, completedAt);
    droplet.snapshotIds.push(image.id);
    return image;
  }

  /** A resize `ageDays` ago, with or without growing the disk: powered off first, on again after, as a resize needs. */
  resize(droplet: DropletRecord, ageDays: number, withDisk: boolean): void {
    const seconds = withDisk ? modelSeconds('resize_disk', droplet.disk) : modelSeconds('resize');
    const start = this.freeStart('droplet', droplet.id, this.daysAgo(ageDays), seconds * 1300 + 3 * MINUTE_MS);
    this.pastAction({ ...this.on(droplet), type: 'power_off', kind: 'power_off', startedAt: start });
    const done = this.pastAction({
      ...this.on(droplet), type: 'resize', startedAt: start + MINUTE_MS, ...(withDisk ? { kind: 'resize_disk', units: droplet.disk } : { kind: 'resize' }),
    });
    this.pastAction({ ...this.on(droplet), type: 'power_on', kind: 'power_on', startedAt: done + MINUTE_MS });
  }

  /** A rebuild `ageDays` ago from the image the Droplet runs now. */
  rebuild(droplet: DropletRecord, ageDays: number): void {
    const gigabytes = droplet.image.sizeGigabytes ?? 2;
    const start = this.freeStart('droplet', droplet.id, this.daysAgo(ageDays), modelSeconds('rebuild', gigabytes) * 1300);
    this.pastAction({ ...this.on(droplet), type: 'rebuild', kind: 'rebuild', units: gigabytes, startedAt: start });
  }

  /** A restore `ageDays` ago from a backup of the time (long rotated out), as large as the Droplet's data then. */
  restore(droplet: DropletRecord, ageDays: number): void {
    const gigabytes = imageGigabytesOf(droplet.usedGigabytes, this.history);
    const start = this.freeStart('droplet', droplet.id, this.daysAgo(ageDays), modelSeconds('restore', gigabytes) * 1300);
    this.pastAction({ ...this.on(droplet), type: 'restore', kind: 'restore', units: gigabytes, startedAt: start });
  }

  /** A transfer of an image to `regionSlug` `ageDays` ago: the image is in that region since. */
  transfer(image: ImageRecord, regionSlug: string, ageDays: number): void {
    const gigabytes = image.sizeGigabytes ?? 2;
    const start = this.freeStart('image', image.id, this.daysAgo(ageDays), modelSeconds('transfer', gigabytes) * 1300);
    this.pastAction({ resourceType: 'image', resourceId: image.id, regionSlug, type: 'transfer', kind: 'transfer', units: gigabytes, startedAt: start });
    if (!image.regions.includes(regionSlug)) image.regions = [...image.regions, regionSlug];
  }

  /**
   * A backup taken `backupAgeDays` ago and converted to a snapshot `ageDays` ago: it is a snapshot of
   * the Droplet now, outside the backup rotation.
   */
  convertedBackup(droplet: DropletRecord, backupAgeDays: number, ageDays: number): ImageRecord {
    const takenAt = this.daysAgo(backupAgeDays);
    const image = this.image(droplet, 'snapshot', `${droplet.name} ${new Date(takenAt).toISOString().slice(0, 10)}`, takenAt);
    droplet.snapshotIds.push(image.id);
    const gigabytes = image.sizeGigabytes ?? 2;
    const start = this.freeStart('image', image.id, this.daysAgo(ageDays), modelSeconds('convert', gigabytes) * 1300);
    this.pastAction({ resourceType: 'image', resourceId: image.id, regionSlug: droplet.regionSlug, type: 'convert', kind: 'convert', units: gigabytes, startedAt: start });
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
