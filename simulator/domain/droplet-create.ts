import { availableRegions, findRegion } from '../catalogue/regions';
import { findSize, type SizeInfo } from '../catalogue/sizes';
import { unprocessable } from '../errors';
import type { ImageRecord } from '../state';
import type { World } from '../world';
import { readBackupPolicy } from './backups';
import type { DropletSpec } from './droplets';
import { isValidDropletName } from './droplets';
import { findImage } from './images';
import { readSshKeys } from './ssh-keys';
import { isValidTagName } from './tags';

/** The API's limit on one multi-create request (prose only: the schema has no maxItems, FACTS.md §4). */
const MAX_NAMES_PER_REQUEST = 10;
/** user_data "may not exceed 64 KiB". */
const MAX_USER_DATA_BYTES = 64 * 1024;

export interface CreateRequest {
  readonly names: readonly string[];
  /** Whether the client sent `name` (answered with `droplet`) or `names` (answered with `droplets`). */
  readonly multiple: boolean;
  readonly specFor: (name: string, index: number) => DropletSpec;
}

const optionalBoolean = (body: Record<string, unknown>, key: string, fallback: boolean): boolean => {
  const value = body[key];
  if (value === undefined || value === null) return fallback;
  if (typeof value !== 'boolean') throw unprocessable(`${key} must be a boolean.`);
  return value;
};

const readNames = (body: Record<string, unknown>): { names: string[]; multiple: boolean } => {
  if (body.names !== undefined) {
    const names = body.names;
    if (!Array.isArray(names) || names.length === 0) throw unprocessable('names must be a non-empty array of Droplet names.');
    if (names.length > MAX_NAMES_PER_REQUEST) {
      throw unprocessable(`You can create at most ${MAX_NAMES_PER_REQUEST} Droplets in one request.`);
    }
    for (const name of names) {
      if (!isValidDropletName(name)) throw unprocessable(`Name is invalid: ${JSON.stringify(name)}. Use only letters, digits, dots and dashes, ending with a letter or digit.`);
    }
    return { names: names as string[], multiple: true };
  }
  if (body.name === undefined || body.name === null || body.name === '') throw unprocessable('Name is required.');
  if (!isValidDropletName(body.name)) {
    throw unprocessable(`Name is invalid: ${JSON.stringify(body.name)}. Use only letters, digits, dots and dashes, ending with a letter or digit.`);
  }
  return { names: [body.name], multiple: false };
};

const readTags = (value: unknown): string[] => {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) throw unprocessable('tags must be an array of tag names.');
  for (const tag of value) {
    if (!isValidTagName(tag)) throw unprocessable(`Tag name is invalid: ${JSON.stringify(tag)}. Tags may contain letters, numbers, colons, dashes and underscores.`);
  }
  return [...new Set(value as string[])];
};

const servesRegion = (size: SizeInfo, image: ImageRecord, slug: string): boolean =>
  size.regions.includes(slug) && (image.public || image.regions.includes(slug));

/**
 * The region to build in: an exact slug, a prefix such as `nyc` (any of that city's datacenters), or
 * none (anywhere the size and image are offered). The first match in catalogue order wins, so a given
 * request always lands in the same place.
 */
const resolveRegion = (requested: unknown, size: SizeInfo, image: ImageRecord): string => {
  if (requested !== undefined && requested !== null && typeof requested !== 'string') throw unprocessable('region must be a string.');
  const exact = typeof requested === 'string' ? findRegion(requested) : undefined;
  if (exact) {
    if (!exact.available) throw unprocessable(`Region ${exact.slug} is not available for new Droplets.`);
    if (!size.regions.includes(exact.slug)) throw unprocessable(`Size ${size.slug} is not available in region ${exact.slug}.`);
    if (!servesRegion(size, image, exact.slug)) throw unprocessable(`Image ${image.id} is not available in region ${exact.slug}.`);
    return exact.slug;
  }
  const prefix = typeof requested === 'string' ? requested : '';
  const candidates = availableRegions().filter((region) => region.slug.startsWith(prefix));
  if (prefix !== '' && candidates.length === 0) throw unprocessable(`You specified an invalid region for Droplet creation: ${prefix}.`);
  const match = candidates.find((region) => servesRegion(size, image, region.slug));
  if (!match) throw unprocessable(`No region${prefix ? ` matching ${prefix}` : ''} offers size ${size.slug} with image ${image.id}.`);
  return match.slug;
};

/** Validates a create body as the API does and says what to build; throws a 422 on the first problem. */
export const readCreateRequest = (world: World, body: Record<string, unknown>): CreateRequest => {
  const { names, multiple } = readNames(body);
  if (body.size === undefined || body.size === null) throw unprocessable('Size is required.');
  const size = typeof body.size === 'string' ? findSize(body.size) : undefined;
  if (!size || !size.available) throw unprocessable(`You specified an invalid size for Droplet creation: ${JSON.stringify(body.size)}.`);
  if (body.image === undefined || body.image === null || body.image === '') throw unprocessable('Image is required.');
  const image = findImage(world.store, body.image);
  if (!image || image.status !== 'available') throw unprocessable(`You specified an invalid image for Droplet creation: ${JSON.stringify(body.image)}.`);
  if ((image.minDiskSize ?? 0) > size.disk) {
    throw unprocessable(`Image ${image.id} needs a disk of at least ${image.minDiskSize} GB; size ${size.slug} has ${size.disk} GB.`);
  }
  const regionSlug = resolveRegion(body.region, size, image);
  const backups = optionalBoolean(body, 'backups', false);
  const ipv6 = optionalBoolean(body, 'ipv6', false);
  const monitoring = optionalBoolean(body, 'monitoring', false);
  const agent = optionalBoolean(body, 'with_droplet_agent', true);
  if (!optionalBoolean(body, 'public_networking', true) && ipv6) throw unprocessable('IPv6 needs public networking: set ipv6 to false.');
  const tags = readTags(body.tags);
  readSshKeys(world.store, body.ssh_keys);
  if (body.user_data !== undefined && body.user_data !== null) {
    if (typeof body.user_data !== 'string') throw unprocessable('user_data must be a string.');
    if (Buffer.byteLength(body.user_data) > MAX_USER_DATA_BYTES) throw unprocessable('user_data may not exceed 64 KiB.');
  }
  if (body.vpc_uuid !== undefined && body.vpc_uuid !== null && typeof body.vpc_uuid !== 'string') throw unprocessable('vpc_uuid must be a string.');
  const existing = world.store.droplets.size;
  if (existing + names.length > world.store.account.dropletLimit) {
    throw unprocessable(`Creating ${names.length === 1 ? 'this Droplet' : 'these Droplets'} would exceed your Droplet limit of ${world.store.account.dropletLimit}.`);
  }
  // Validate the policy once up front, so a bad one fails the request rather than one Droplet of it.
  if (backups) readBackupPolicy(body.backup_policy, 0, null);
  return {
    names,
    multiple,
    specFor: (name, index) => ({
      name,
      sizeSlug: size.slug,
      regionSlug,
      image,
      backupPolicy: backups ? readBackupPolicy(body.backup_policy, existing + index, null) : null,
      ipv6,
      monitoring,
      agent,
      tags,
      ...(typeof body.vpc_uuid === 'string' ? { vpcUuid: body.vpc_uuid } : {}),
    }),
  };
};
