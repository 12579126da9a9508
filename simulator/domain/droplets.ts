import { modelSeconds } from '../actions/durations';
import { findSize } from '../catalogue/sizes';
import type { ActionRecord, BackupPolicy, DropletRecord, DropletStatus, ImageRecord } from '../state';
import type { World } from '../world';
import { defaultVpcUuid, privateV4, publicV4, publicV6 } from './networks';
import { removeImage } from './images';
import { initialUsedGigabytes, usedGrowthPerDay } from './used-data';
import { ensureTag, tagDroplet, untagEverywhere } from './tags';

/** A Droplet's name: the spec's hostname pattern (FACTS.md §9). A leading `-` or `.` passes, as in the spec. */
const HOSTNAME = /^[a-zA-Z0-9]?[a-z0-9A-Z.-]*[a-z0-9A-Z]$/;

export const isValidDropletName = (name: unknown): name is string =>
  typeof name === 'string' && name.length <= 255 && HOSTNAME.test(name);

export interface DropletSpec {
  readonly name: string;
  readonly sizeSlug: string;
  readonly regionSlug: string;
  readonly image: ImageRecord;
  readonly backupPolicy: BackupPolicy | null;
  readonly ipv6: boolean;
  readonly monitoring: boolean;
  readonly agent: boolean;
  readonly tags: readonly string[];
  readonly vpcUuid?: string;
}

const featuresOf = (spec: DropletSpec): string[] => [
  ...(spec.backupPolicy ? ['backups'] : []),
  ...(spec.ipv6 ? ['ipv6'] : []),
  ...(spec.monitoring ? ['monitoring'] : []),
  ...(spec.agent ? ['droplet_agent'] : []),
  // Every Droplet sits in its region's VPC, so every one has private networking.
  'private_networking',
];

/** Brings a Droplet's networks up: what a completed create (or a seeded, running Droplet) has. */
export const assignNetworks = (world: World, droplet: DropletRecord): void => {
  droplet.networks = {
    v4: [privateV4(world, droplet.regionSlug), publicV4(world, droplet.regionSlug)],
    v6: droplet.features.includes('ipv6') ? [publicV6(world, droplet.regionSlug)] : [],
  };
};

/** Adds a Droplet record to the account, networks down; seeds and the create endpoint both start here. */
export const addDroplet = (world: World, spec: DropletSpec, status: DropletStatus, createdAt: number): DropletRecord => {
  const size = findSize(spec.sizeSlug);
  if (!size) throw new Error(`unknown size ${spec.sizeSlug}`);
  const id = world.store.newId('droplet');
  const droplet: DropletRecord = {
    id,
    name: spec.name,
    sizeSlug: spec.sizeSlug,
    regionSlug: spec.regionSlug,
    image: spec.image,
    status,
    disk: size.disk,
    createdAt,
    features: featuresOf(spec),
    backupPolicy: spec.backupPolicy,
    backupIds: [],
    snapshotIds: [],
    tags: [],
    vpcUuid: spec.vpcUuid ?? defaultVpcUuid(world.store.account.uuid, spec.regionSlug),
    networks: { v4: [], v6: [] },
    kernel: null,
    // Thousands of hypervisors per region: a small account rarely has neighbors, a large one has some.
    hostId: world.rng.int(1, 40_000),
    usedGigabytes: initialUsedGigabytes(spec.image.sizeGigabytes ?? 2, size.disk, world.rng),
    // From now on, whenever the Droplet was created: a seed's past holds no growth.
    usedSince: world.clock.now(),
    // A stream of its own, so the growth rate shifts no other draw.
    usedGrowthPerDay: usedGrowthPerDay(world.rng.fork(`used:${id}`)),
  };
  world.store.droplets.set(id, droplet);
  for (const name of spec.tags) tagDroplet(ensureTag(world.store, name), droplet);
  return droplet;
};

/** Creates a Droplet the way the API does: `new` now, `active` with networks when its create action completes. */
export const createDroplet = (world: World, spec: DropletSpec): { droplet: DropletRecord; action: ActionRecord } => {
  const droplet = addDroplet(world, spec, 'new', world.clock.now());
  const action = world.engine.begin({
    type: 'create',
    resourceType: 'droplet',
    resourceId: droplet.id,
    regionSlug: droplet.regionSlug,
    seconds: modelSeconds('create', spec.image.sizeGigabytes ?? 2),
    locks: false,
    complete: () => {
      droplet.status = 'active';
      assignNetworks(world, droplet);
      world.backups.plan(world, droplet);
    },
  });
  return { droplet, action };
};

/** Removes a Droplet and what goes with it: its backups (snapshots stay), tags, unfinished actions (errored). */
export const removeDroplet = (world: World, droplet: DropletRecord): void => {
  world.engine.abandon('droplet', droplet.id);
  world.backups.cancel(world, droplet.id);
  untagEverywhere(world.store, droplet, 'droplet');
  for (const id of droplet.backupIds) {
    const backup = world.store.images.get(id);
    if (backup) removeImage(world, backup);
  }
  world.store.droplets.delete(droplet.id);
};

/** `DELETE /v2/droplets/{id}`: the Droplet is gone at once, and a `destroy` action appears in the account's history. */
export const destroyDroplet = (world: World, droplet: DropletRecord): void => {
  removeDroplet(world, droplet);
  world.engine.begin({
    type: 'destroy',
    resourceType: 'droplet',
    resourceId: droplet.id,
    regionSlug: droplet.regionSlug,
    seconds: modelSeconds('destroy'),
    locks: false,
    complete: () => undefined,
  });
};
