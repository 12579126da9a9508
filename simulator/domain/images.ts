import { publicImages } from '../catalogue/images';
import { modelSeconds } from '../actions/durations';
import { findRegion } from '../catalogue/regions';
import type { ImageRecord, Store } from '../state';
import type { World } from '../world';
import { fileGigabytesAt, isUnreachableUrl } from './files';
import { untagEverywhere } from './tags';

/** The distributions the spec lists; any other value is accepted and stored as `Unknown`. */
const DISTRIBUTIONS = [
  'Arch Linux', 'CentOS', 'CoreOS', 'Debian', 'Fedora', 'Fedora Atomic', 'FreeBSD', 'Gentoo', 'openSUSE', 'RancherOS', 'Rocky Linux',
  'Ubuntu', 'Unknown',
] as const;

export const normalizeDistribution = (value: unknown): string =>
  typeof value === 'string' && (DISTRIBUTIONS as readonly string[]).includes(value) ? value : 'Unknown';

export type NewImage = Omit<ImageRecord, 'id'>;

export const addImage = (store: Store, image: NewImage): ImageRecord => {
  const record: ImageRecord = { id: store.newId('image'), ...image };
  store.images.set(record.id, record);
  return record;
};

/**
 * An image named by id (number or digits) or, for public images only, by slug: private images must be
 * named by id (FACTS.md §1). A failed import stays findable, `deleted`, so its error can be read.
 */
export const findImage = (store: Store, ref: unknown): ImageRecord | undefined => {
  if (typeof ref === 'number') return Number.isInteger(ref) ? store.images.get(ref) : undefined;
  if (typeof ref !== 'string') return undefined;
  if (/^\d{1,15}$/.test(ref)) return store.images.get(Number(ref));
  const listed = publicImages.find((candidate) => candidate.slug === ref);
  return listed ? store.images.get(listed.id) : undefined;
};

/** Removes an image and every reference to it: tags, and the Droplet's snapshot or backup list. */
export const removeImage = (world: World, image: ImageRecord): void => {
  world.engine.abandon('image', image.id);
  untagEverywhere(world.store, image, 'image');
  world.store.images.delete(image.id);
  if (image.dropletId === null) return;
  const droplet = world.store.droplets.get(image.dropletId);
  if (!droplet) return;
  droplet.snapshotIds = droplet.snapshotIds.filter((id) => id !== image.id);
  droplet.backupIds = droplet.backupIds.filter((id) => id !== image.id);
};

/** The file types DigitalOcean imports: raw, qcow2, vhdx, vdi or vmdk, optionally gzip- or bzip2-compressed. */
const IMPORTABLE = /\.(img|raw|qcow2|vhdx|vdi|vmdk)(\.(gz|bz2))?$/i;

const isImportableUrl = (url: URL): boolean => IMPORTABLE.test(url.pathname);

export const UNSUPPORTED_FORMAT_MESSAGE =
  'The image could not be imported: its file type is not supported. Use a raw (.img), qcow2, vhdx, vdi or vmdk image, optionally compressed with gzip or bzip2.';

/** Why an import fails when DigitalOcean cannot fetch the file at all. */
export const UNREACHABLE_URL_MESSAGE = 'The image could not be imported: its URL could not be downloaded.';

/*
 * The simulator cannot fetch anything: an unreachable file (see `isUnreachableUrl`) fails as the real
 * API's import of a dead link does, after a while and with a message, not at the request.
 */

export interface CustomImageRequest {
  readonly name: string;
  readonly url: URL;
  readonly region: string;
  readonly distribution: string;
  readonly description: string;
}

/**
 * Custom image import is not an action: the image shows `NEW` until the download finishes, then
 * `available`, or `deleted` with an `error_message` when the file cannot be used.
 */
export const importCustomImage = (world: World, request: CustomImageRequest): ImageRecord => {
  if (!findRegion(request.region)) throw new Error(`unknown region ${request.region}`);
  const image = addImage(world.store, {
    name: request.name,
    type: 'custom',
    kind: null,
    distribution: request.distribution,
    slug: null,
    public: false,
    regions: [],
    createdAt: world.clock.now(),
    minDiskSize: null,
    sizeGigabytes: null,
    description: request.description,
    tags: [],
    status: 'NEW',
    errorMessage: '',
    dropletId: null,
  });
  const failure = isUnreachableUrl(request.url)
    ? UNREACHABLE_URL_MESSAGE
    : isImportableUrl(request.url)
      ? undefined
      : UNSUPPORTED_FORMAT_MESSAGE;
  const gigabytes = fileGigabytesAt(request.url);
  const seconds = failure ? modelSeconds('image_import_failed') : modelSeconds('image_import', gigabytes);
  world.clock.setTimer(world.engine.durationMs(seconds), () => {
    if (world.store.images.get(image.id) !== image) return;
    if (failure) {
      image.status = 'deleted';
      image.errorMessage = failure;
      return;
    }
    image.status = 'available';
    image.regions = [request.region];
    image.sizeGigabytes = gigabytes;
    image.minDiskSize = Math.max(10, Math.ceil(gigabytes / 5) * 5 + 5);
  });
  return image;
};
