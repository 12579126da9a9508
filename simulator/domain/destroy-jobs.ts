import { modelSeconds } from '../actions/durations';
import { conflict, unprocessable } from '../errors';
import type { DestroyedItem, DestroyJob, DropletRecord, ImageRecord } from '../state';
import type { World } from '../world';
import { removeDroplet } from './droplets';
import { removeImage } from './images';

/** Snapshot storage is billed per GB-month. */
const SNAPSHOT_PRICE_PER_GB_MONTH = 0.06;

const snapshotsOf = (world: World, droplet: DropletRecord): ImageRecord[] =>
  droplet.snapshotIds.map((id) => world.store.images.get(id)).filter((image): image is ImageRecord => image !== undefined);

/** What destroying a Droplet could take with it. This account has only snapshots to offer: no volumes, no reserved IPs. */
export const associatedResources = (world: World, droplet: DropletRecord) => ({
  reserved_ips: [],
  floating_ips: [],
  snapshots: snapshotsOf(world, droplet).map((image) => ({
    id: String(image.id),
    name: image.name,
    cost: ((image.sizeGigabytes ?? 0) * SNAPSHOT_PRICE_PER_GB_MONTH).toFixed(2),
  })),
  volumes: [],
  volume_snapshots: [],
});

const inProgress = (job: DestroyJob | undefined): boolean => job !== undefined && job.completedAt === null;

/** Runs (or re-runs) a job as a `destroy` action on the Droplet; what fails stays, with an error message. */
const run = (world: World, droplet: DropletRecord, job: DestroyJob): void => {
  job.completedAt = null;
  job.failures = 0;
  const pending = [job.droplet, ...job.snapshots].filter((item) => item.destroyedAt === null);
  world.engine.begin({
    type: 'destroy',
    resourceType: 'droplet',
    resourceId: droplet.id,
    regionSlug: droplet.regionSlug,
    seconds: modelSeconds('destroy_with_snapshots', job.snapshots.length),
    locks: true,
    complete: () => {
      for (const item of job.snapshots) {
        const image = world.store.images.get(Number(item.id));
        if (image && item.destroyedAt === null) removeImage(world, image);
      }
      if (world.store.droplets.get(droplet.id) === droplet) removeDroplet(world, droplet);
      for (const item of pending) {
        item.destroyedAt = world.clock.now();
        item.errorMessage = '';
      }
      job.completedAt = world.clock.now();
    },
    fail: () => {
      for (const item of pending) item.errorMessage = `${item.name} could not be destroyed; retry the destroy.`;
      job.failures = pending.length;
      job.completedAt = world.clock.now();
    },
  });
};

const item = (id: number, name: string): DestroyedItem => ({ id: String(id), name, destroyedAt: null, errorMessage: '' });

/** Destroys a Droplet with the chosen snapshots (all of them when `snapshotIds` is 'all'). One job at a time per Droplet. */
export const startDestroy = (world: World, droplet: DropletRecord, snapshotIds: readonly string[] | 'all'): void => {
  if (inProgress(world.store.destroyJobs.get(droplet.id))) throw conflict('A destroy is already in progress for this Droplet.');
  const own = snapshotsOf(world, droplet);
  const chosen = snapshotIds === 'all' ? own : snapshotIds.map((id) => own.find((image) => String(image.id) === id));
  const missing = snapshotIds === 'all' ? [] : snapshotIds.filter((_, index) => chosen[index] === undefined);
  if (missing.length > 0) throw unprocessable(`Not snapshots of this Droplet: ${missing.join(', ')}.`);
  const job: DestroyJob = {
    droplet: item(droplet.id, droplet.name),
    snapshots: (chosen as ImageRecord[]).map((image) => item(image.id, image.name)),
    completedAt: null,
    failures: 0,
  };
  world.store.destroyJobs.set(droplet.id, job);
  run(world, droplet, job);
};

/** Retries what failed. Only one destroy may run per Droplet: a retry during one is a 409. */
export const retryDestroy = (world: World, dropletId: number, job: DestroyJob): void => {
  if (inProgress(job)) throw conflict('A destroy is already in progress for this Droplet.');
  if (job.failures === 0) throw unprocessable('The last destroy of this Droplet had no failures to retry.');
  const droplet = world.store.droplets.get(dropletId);
  if (!droplet) throw unprocessable('The Droplet is already destroyed.');
  run(world, droplet, job);
};
