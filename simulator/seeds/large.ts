import { publicImages } from '../catalogue/images';
import { availableRegions } from '../catalogue/regions';
import { isGpu, sizes } from '../catalogue/sizes';
import type { AccountRecord, BackupPolicy, DropletRecord } from '../state';
import type { World } from '../world';
import { SeedBuilder } from './builder';
import { addLongActionHistory } from './history';

/** Bounds memory: a large seed is for scale tests, not for exhausting the machine. */
export const MAX_LARGE_DROPLETS = 100_000;

export const largeAccount = (droplets: number): AccountRecord => ({
  uuid: '9d2c7e14-3a6b-4f05-8c91-5e7a0b3d6f28',
  email: 'platform@scale-test.example',
  name: 'Scale Test Platform',
  teamUuid: 'e0a5f3c8-7b21-4d9e-b6f4-2c8d19a7e350',
  teamName: 'Scale Test',
  dropletLimit: droplets + 100,
  floatingIpLimit: 50,
});

const roles = ['web', 'api', 'worker', 'db', 'cache', 'batch', 'ci', 'search'];
const environments = ['prod', 'staging', 'dev'];

/**
 * N Droplets spread over regions, sizes and images, and about N/5 images of the account's own:
 * snapshots, backups (some converted to snapshots) and custom imports, with past long actions of every kind. Names follow `role-env-nnnn`, as a fleet built by automation would.
 */
export const populateLarge = (world: World, count: number): void => {
  const seed = new SeedBuilder(world);
  seed.addPublicImages();
  const rng = world.rng.fork('large');
  const regionSlugs = availableRegions().map((region) => region.slug);
  const plain = sizes.filter((size) => size.available && !isGpu(size) && size.priceMonthly <= 168);
  const width = String(count).length;
  // Past long actions: 30 of each kind, more on a larger fleet, over the last six weeks.
  const perKind = Math.min(2_000, Math.max(Math.min(count, 30), Math.round(count / 50)));
  const images = Math.round(count / 5);
  // Converted backups are images of the account's own too: kept out of the budget the fleet draws from.
  const converts = Math.min(perKind, Math.floor(images / 4));
  let imagesLeft = images - converts;
  const droplets: DropletRecord[] = [];
  for (let index = 1; index <= count; index += 1) {
    const region = rng.pick(regionSlugs);
    const image = seed.publicImage(rng.pick(publicImages).slug);
    const size = rng.pick(plain.filter((candidate) => candidate.regions.includes(region) && candidate.disk >= (image.minDiskSize ?? 0)));
    const role = rng.pick(roles);
    const environment = rng.pick(environments);
    // Oldest first, so ids grow with age as real ones do.
    const ageDays = (900 * (count - index + 1)) / count;
    const droplet = seed.droplet(
      {
        name: `${role}-${environment}-${String(index).padStart(width, '0')}`,
        sizeSlug: size.slug,
        regionSlug: region,
        image,
        backupPolicy: null,
        ipv6: rng.chance(0.3),
        monitoring: rng.chance(0.6),
        agent: true,
        tags: [`env:${environment}`, role],
      },
      rng.chance(0.9) ? 'active' : 'off',
      ageDays,
    );
    droplets.push(droplet);
    if (imagesLeft > 0 && rng.chance(0.1)) {
      seed.snapshot(droplet, `${droplet.name}-snapshot`, Math.min(rng.int(0, 60), ageDays / 2));
      imagesLeft -= 1;
    }
    if (imagesLeft > 0 && environment === 'prod' && rng.chance(0.1)) {
      const policy: BackupPolicy = { plan: 'weekly', weekday: 'SUN', hour: 4 };
      const before = droplet.backupIds.length;
      seed.backups(droplet, policy);
      imagesLeft -= droplet.backupIds.length - before;
    }
  }
  // The fleet's own snapshots (above) already carry their snapshot actions.
  addLongActionHistory(seed, droplets, { perKind, days: 42, snapshots: 0, converts, transfers: 'any' });
  for (let index = 1; imagesLeft > 0; index += 1, imagesLeft -= 1) {
    seed.customImage({
      name: `custom-base-${index}`,
      distribution: 'Ubuntu',
      regions: [rng.pick(regionSlugs)],
      createdAt: seed.daysAgo(rng.int(1, 400)),
      minDiskSize: 20,
      sizeGigabytes: Math.round((1 + rng.next() * 5) * 100) / 100,
      description: 'Imported base image',
      status: 'available',
      errorMessage: '',
    });
  }
  seed.finish();
};
