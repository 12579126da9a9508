import { kernelsFor } from '../catalogue/images';
import { findSize } from '../catalogue/sizes';
import { readBackupPolicy } from '../domain/backups';
import { isValidDropletName } from '../domain/droplets';
import { addImage, findImage, removeImage } from '../domain/images';
import { publicV6 } from '../domain/networks';
import { imageGigabytesOf, setUsedGigabytes, usedGigabytesAt } from '../domain/used-data';
import { unprocessable } from '../errors';
import type { ActionRecord, DropletRecord } from '../state';
import type { World } from '../world';
import { modelSeconds, type DurationKind } from './durations';
import type { ActionPlan } from './engine';

type Body = Record<string, unknown>;

/** What an accepted action will take and do; the engine adds the bookkeeping. */
type Effect = Pick<ActionPlan, 'seconds' | 'complete'> & Partial<Pick<ActionPlan, 'fail'>>;

/**
 * One action type's rules: checks run when the request arrives (a refusal is a 422), the effect when
 * the action completes. `relaxed` is set for by-tag requests, where a Droplet already in the wanted
 * state gets an action that changes nothing rather than failing the whole batch.
 */
type Rule = (world: World, droplet: DropletRecord, body: Body, relaxed: boolean) => Effect;

const powerTo =
  (status: 'active' | 'off', kind: DurationKind, refuseWhen?: 'active' | 'off'): Rule =>
  (_world, droplet, _body, relaxed) => {
    if (refuseWhen && droplet.status === refuseWhen && !relaxed) {
      throw unprocessable(`Droplet is already powered ${refuseWhen === 'off' ? 'off' : 'on'}.`);
    }
    return { seconds: modelSeconds(kind), complete: () => void (droplet.status = status) };
  };

const noChange = (kind: DurationKind): Rule => () => ({ seconds: modelSeconds(kind), complete: () => undefined });

const rename: Rule = (_world, droplet, body) => {
  if (body.name === undefined || body.name === null || body.name === '') throw unprocessable('Name is required to rename a Droplet.');
  if (!isValidDropletName(body.name)) throw unprocessable(`Name is invalid: ${JSON.stringify(body.name)}.`);
  const name = body.name;
  return { seconds: modelSeconds('rename'), complete: () => void (droplet.name = name) };
};

const resize: Rule = (_world, droplet, body) => {
  if (body.size === undefined || body.size === null) throw unprocessable('Size is required to resize a Droplet.');
  const size = typeof body.size === 'string' ? findSize(body.size) : undefined;
  if (!size || !size.available) throw unprocessable(`You specified an invalid size: ${JSON.stringify(body.size)}.`);
  if (!size.regions.includes(droplet.regionSlug)) throw unprocessable(`Size ${size.slug} is not available in region ${droplet.regionSlug}.`);
  if (body.disk !== undefined && typeof body.disk !== 'boolean') throw unprocessable('disk must be a boolean.');
  const withDisk = body.disk === true;
  if (droplet.status !== 'off') throw unprocessable('Droplet must be powered off before it can be resized.');
  if (size.slug === droplet.sizeSlug) throw unprocessable(`Droplet is already size ${size.slug}.`);
  if (size.disk < droplet.disk) {
    throw unprocessable(`Size ${size.slug} has a ${size.disk} GB disk, smaller than this Droplet's ${droplet.disk} GB: a disk cannot shrink.`);
  }
  return {
    seconds: withDisk ? modelSeconds('resize_disk', size.disk) : modelSeconds('resize'),
    complete: () => {
      droplet.sizeSlug = size.slug;
      if (withDisk) droplet.disk = size.disk;
    },
  };
};

const rebuild: Rule = (world, droplet, body) => {
  if (body.image === undefined || body.image === null || body.image === '') throw unprocessable('Image is required to rebuild a Droplet.');
  const image = findImage(world.store, body.image);
  if (!image || image.status !== 'available') throw unprocessable(`You specified an invalid image: ${JSON.stringify(body.image)}.`);
  if (!image.public && !image.regions.includes(droplet.regionSlug)) throw unprocessable(`Image ${image.id} is not available in region ${droplet.regionSlug}.`);
  if ((image.minDiskSize ?? 0) > droplet.disk) throw unprocessable(`Image ${image.id} needs a disk of at least ${image.minDiskSize} GB.`);
  return {
    seconds: modelSeconds('rebuild', image.sizeGigabytes ?? 2),
    complete: () => {
      droplet.image = image;
      droplet.status = 'active';
      setUsedGigabytes(droplet, image.sizeGigabytes ?? usedGigabytesAt(droplet, world.clock.now()), world.clock.now());
    },
  };
};

const restore: Rule = (world, droplet, body) => {
  if (body.image === undefined || body.image === null) throw unprocessable('Image is required to restore a Droplet.');
  const backup = typeof body.image === 'number' || typeof body.image === 'string' ? findImage(world.store, body.image) : undefined;
  if (!backup || backup.type !== 'backup' || backup.dropletId !== droplet.id) {
    throw unprocessable(`Image ${JSON.stringify(body.image)} is not a backup of this Droplet.`);
  }
  return {
    seconds: modelSeconds('restore', backup.sizeGigabytes ?? 2),
    complete: () => {
      droplet.status = 'active';
      setUsedGigabytes(droplet, backup.sizeGigabytes ?? usedGigabytesAt(droplet, world.clock.now()), world.clock.now());
    },
  };
};

const snapshot: Rule = (world, droplet, body) => {
  if (body.name !== undefined && body.name !== null && typeof body.name !== 'string') throw unprocessable('name must be a string.');
  const name = typeof body.name === 'string' && body.name !== '' ? body.name : `${droplet.name}-${Math.floor(world.clock.now() / 1000)}`;
  const gigabytes = usedGigabytesAt(droplet, world.clock.now());
  return {
    seconds: modelSeconds('snapshot', gigabytes),
    complete: () => {
      const image = addImage(world.store, {
        name,
        type: 'snapshot',
        kind: null,
        distribution: droplet.image.distribution,
        slug: null,
        public: false,
        regions: [droplet.regionSlug],
        createdAt: world.clock.now(),
        minDiskSize: droplet.disk,
        sizeGigabytes: imageGigabytesOf(gigabytes, world.rng),
        description: '',
        tags: [],
        status: 'available',
        errorMessage: '',
        dropletId: droplet.id,
      });
      droplet.snapshotIds.push(image.id);
    },
  };
};

const hasBackups = (droplet: DropletRecord): boolean => droplet.features.includes('backups');

const enableBackups: Rule = (world, droplet, body, relaxed) => {
  if (hasBackups(droplet) && !relaxed) throw unprocessable('Backups are already enabled for this Droplet.');
  const policy = readBackupPolicy(body.backup_policy, droplet.id, null);
  return {
    seconds: modelSeconds('enable_backups'),
    complete: () => {
      if (!hasBackups(droplet)) droplet.features = ['backups', ...droplet.features];
      droplet.backupPolicy ??= policy;
      world.backups.plan(world, droplet);
    },
  };
};

/** Disabling backups deletes the Droplet's existing backups. */
const disableBackups: Rule = (world, droplet, _body, relaxed) => {
  if (!hasBackups(droplet) && !relaxed) throw unprocessable('Backups are not enabled for this Droplet.');
  return {
    seconds: modelSeconds('disable_backups'),
    complete: () => {
      droplet.features = droplet.features.filter((feature) => feature !== 'backups');
      droplet.backupPolicy = null;
      world.backups.cancel(world, droplet.id);
      for (const id of [...droplet.backupIds]) {
        const backup = world.store.images.get(id);
        if (backup) removeImage(world, backup);
      }
      droplet.backupIds = [];
    },
  };
};

const changeBackupPolicy: Rule = (world, droplet, body) => {
  if (body.backup_policy === undefined || body.backup_policy === null) throw unprocessable('backup_policy is required.');
  if (!hasBackups(droplet) || !droplet.backupPolicy) throw unprocessable('Backups are not enabled for this Droplet.');
  const policy = readBackupPolicy(body.backup_policy, droplet.id, droplet.backupPolicy);
  return {
    seconds: modelSeconds('change_backup_policy'),
    complete: () => {
      droplet.backupPolicy = policy;
      world.backups.plan(world, droplet);
    },
  };
};

/** IPv6 cannot be turned off again; asking twice changes nothing. */
const enableIpv6: Rule = (world, droplet) => ({
  seconds: modelSeconds('enable_ipv6'),
  complete: () => {
    if (droplet.features.includes('ipv6')) return;
    droplet.features = [...droplet.features, 'ipv6'];
    droplet.networks.v6 = [publicV6(world, droplet.regionSlug)];
  },
});

const changeKernel: Rule = (_world, droplet, body) => {
  if (body.kernel === undefined || body.kernel === null) throw unprocessable('Kernel is required.');
  const kernel = kernelsFor(droplet.image.distribution).find((candidate) => candidate.id === body.kernel);
  if (!kernel) throw unprocessable(`You specified an invalid kernel: ${JSON.stringify(body.kernel)}.`);
  return { seconds: modelSeconds('change_kernel'), complete: () => void (droplet.kernel = kernel) };
};

/**
 * Every type `POST /v2/droplets/{id}/actions` accepts. `enable_private_networking` is not in the spec's
 * enum but still in its curl example (FACTS.md §2 quirk 4): accepted, and a no-op, since every Droplet
 * now has private networking through its VPC. `change_backup_policy` is accepted although the spec's
 * enum omits it (quirk 1).
 */
const rules: Readonly<Record<string, Rule>> = {
  power_on: powerTo('active', 'power_on', 'active'),
  power_off: powerTo('off', 'power_off', 'off'),
  shutdown: powerTo('off', 'shutdown', 'off'),
  reboot: powerTo('active', 'reboot'),
  power_cycle: powerTo('active', 'power_cycle'),
  rename,
  resize,
  rebuild,
  restore,
  snapshot,
  enable_backups: enableBackups,
  disable_backups: disableBackups,
  change_backup_policy: changeBackupPolicy,
  enable_ipv6: enableIpv6,
  change_kernel: changeKernel,
  password_reset: noChange('password_reset'),
  enable_private_networking: noChange('enable_private_networking'),
};

/** The types `POST /v2/droplets/actions?tag_name=` accepts (FACTS.md §2). */
const BY_TAG_TYPES: readonly string[] = [
  'power_cycle', 'power_on', 'power_off', 'shutdown', 'enable_ipv6', 'enable_backups', 'disable_backups', 'snapshot',
];

const readType = (body: Body, allowed: readonly string[]): string => {
  if (body.type === undefined || body.type === null || body.type === '') throw unprocessable('Action type is required.');
  if (typeof body.type !== 'string' || !allowed.includes(body.type)) {
    throw unprocessable(`${JSON.stringify(body.type)} is not a valid action type here. Valid types: ${allowed.join(', ')}.`);
  }
  return body.type;
};

/** Checks that a Droplet can take an action now and what the action will do, or throws the API's refusal. */
const prepare = (world: World, droplet: DropletRecord, type: string, body: Body, relaxed: boolean): Effect => {
  if (world.engine.inProgress('droplet', droplet.id)) throw unprocessable('Droplet already has a pending event.');
  if (droplet.status === 'new') throw unprocessable('Droplet is still being created.');
  if (droplet.status === 'archive') throw unprocessable('Droplet is archived.');
  return (rules[type] as Rule)(world, droplet, body, relaxed);
};

const start = (world: World, droplet: DropletRecord, type: string, effect: Effect): ActionRecord =>
  world.engine.begin({ type, resourceType: 'droplet', resourceId: droplet.id, regionSlug: droplet.regionSlug, locks: true, ...effect });

export const runDropletAction = (world: World, droplet: DropletRecord, body: Body): ActionRecord => {
  const type = readType(body, Object.keys(rules));
  return start(world, droplet, type, prepare(world, droplet, type, body, false));
};

/** By tag, all or nothing: every Droplet is checked before any action starts. */
export const runTaggedAction = (world: World, droplets: readonly DropletRecord[], body: Body): ActionRecord[] => {
  const type = readType(body, BY_TAG_TYPES);
  const effects = droplets.map((droplet) => prepare(world, droplet, type, body, true));
  return droplets.map((droplet, index) => start(world, droplet, type, effects[index] as Effect));
};
