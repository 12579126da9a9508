import { findRegion } from '../catalogue/regions';
import type { NetworkV4, NetworkV6 } from '../state';
import type { World } from '../world';

/**
 * Addresses for a Droplet as it comes up: a public IPv4 from the region's blocks, a private one in the
 * region's default VPC, and, with IPv6, a public v6 address. Never handed out twice.
 */
const regionOf = (slug: string) => {
  const region = findRegion(slug);
  if (!region) throw new Error(`unknown region ${slug}`);
  return region;
};

const unique = (world: World, draw: () => string): string => {
  for (let attempt = 0; attempt < 10_000; attempt += 1) {
    const address = draw();
    if (!world.store.usedAddresses.has(address)) {
      world.store.usedAddresses.add(address);
      return address;
    }
  }
  throw new Error('the simulated address space is exhausted');
};

export const publicV4 = (world: World, regionSlug: string): NetworkV4 => {
  const region = regionOf(regionSlug);
  const address = unique(world, () => `${world.rng.pick(region.ipv4Prefixes)}.${world.rng.int(0, 255)}.${world.rng.int(2, 254)}`);
  const [first, second, third] = address.split('.');
  return { ip_address: address, netmask: '255.255.255.0', gateway: `${first}.${second}.${third}.1`, type: 'public' };
};

/**
 * Private interfaces have no gateway. The spec's prose says "nil" while its schema wants a string
 * (FACTS.md §11.7); we send the string "nil", exactly as the spec's own examples do, so the response
 * is valid against the schema unmodified.
 */
export const privateV4 = (world: World, regionSlug: string): NetworkV4 => {
  const region = regionOf(regionSlug);
  const address = unique(world, () => `10.${region.vpcOctet}.${world.rng.int(0, 255)}.${world.rng.int(2, 254)}`);
  return { ip_address: address, netmask: '255.255.0.0', gateway: 'nil', type: 'private' };
};

export const publicV6 = (world: World, regionSlug: string): NetworkV6 => {
  const region = regionOf(regionSlug);
  // Shaped like DigitalOcean's, `<prefix>::8d3:1001`: two groups, each at most four hex digits.
  const address = unique(world, () => `${region.ipv6Prefix}::${world.rng.int(0x100, 0xfff).toString(16)}:${world.rng.int(1, 0xf).toString(16)}001`);
  return { ip_address: address, netmask: 64, gateway: `${region.ipv6Prefix}::1`, type: 'public' };
};

/** The default VPC of a region for this account: a stable UUID derived from the account and region. */
export const defaultVpcUuid = (accountUuid: string, regionSlug: string): string => {
  const region = regionOf(regionSlug);
  const tail = (accountUuid.replace(/-/g, '').slice(0, 10) + region.vpcOctet.toString(16).padStart(2, '0')).padEnd(12, '0');
  return `${accountUuid.slice(0, 8)}-${region.slug.padEnd(4, '0').replace(/[^0-9a-f]/g, 'a')}-11ef-9a2c-${tail}`;
};
