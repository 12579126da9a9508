import { availableRegions } from './regions';

/** A Droplet plan. Prices follow DigitalOcean's list prices; hourly is monthly over 672 hours, as DO bills. */
export interface SizeInfo {
  readonly slug: string;
  readonly description: string;
  readonly memory: number;
  readonly vcpus: number;
  readonly disk: number;
  /** Outbound transfer allowance in TB. */
  readonly transfer: number;
  readonly priceMonthly: number;
  readonly available: boolean;
  readonly regions: readonly string[];
  readonly gpu?: { readonly count: number; readonly model: string; readonly vramGiB: number; readonly scratchGiB: number };
}

const everywhere = availableRegions().map((region) => region.slug);
const except = (...excluded: string[]): string[] => everywhere.filter((slug) => !excluded.includes(slug));
const gpuRegions = ['nyc2', 'tor1', 'atl1'];

type Plan = Omit<SizeInfo, 'available' | 'regions'> & { regions?: readonly string[]; available?: boolean };

const plans: readonly Plan[] = [
  { slug: 's-1vcpu-512mb-10gb', description: 'Basic', memory: 512, vcpus: 1, disk: 10, transfer: 0.5, priceMonthly: 4, regions: except('atl1', 'nyc2') },
  { slug: 's-1vcpu-1gb', description: 'Basic', memory: 1024, vcpus: 1, disk: 25, transfer: 1, priceMonthly: 6 },
  { slug: 's-1vcpu-1gb-amd', description: 'Premium AMD', memory: 1024, vcpus: 1, disk: 25, transfer: 1, priceMonthly: 7, regions: except('nyc2', 'syd1') },
  { slug: 's-1vcpu-2gb', description: 'Basic', memory: 2048, vcpus: 1, disk: 50, transfer: 2, priceMonthly: 12 },
  { slug: 's-3vcpu-1gb', description: 'Basic', memory: 1024, vcpus: 3, disk: 60, transfer: 3, priceMonthly: 15, regions: [], available: false },
  { slug: 's-2vcpu-2gb', description: 'Basic', memory: 2048, vcpus: 2, disk: 60, transfer: 3, priceMonthly: 18 },
  { slug: 's-2vcpu-4gb', description: 'Basic', memory: 4096, vcpus: 2, disk: 80, transfer: 4, priceMonthly: 24 },
  { slug: 's-2vcpu-4gb-amd', description: 'Premium AMD', memory: 4096, vcpus: 2, disk: 80, transfer: 4, priceMonthly: 28, regions: except('nyc2', 'syd1') },
  { slug: 'c-2', description: 'CPU-Optimized', memory: 4096, vcpus: 2, disk: 25, transfer: 4, priceMonthly: 42 },
  { slug: 's-4vcpu-8gb', description: 'Basic', memory: 8192, vcpus: 4, disk: 160, transfer: 5, priceMonthly: 48 },
  { slug: 's-4vcpu-8gb-intel', description: 'Premium Intel', memory: 8192, vcpus: 4, disk: 160, transfer: 5, priceMonthly: 56, regions: except('blr1', 'atl1') },
  { slug: 'g-2vcpu-8gb', description: 'General Purpose', memory: 8192, vcpus: 2, disk: 25, transfer: 4, priceMonthly: 63 },
  { slug: 'gd-2vcpu-8gb', description: 'General Purpose', memory: 8192, vcpus: 2, disk: 50, transfer: 4, priceMonthly: 68, regions: except('blr1', 'syd1', 'atl1') },
  { slug: 'c-4', description: 'CPU-Optimized', memory: 8192, vcpus: 4, disk: 50, transfer: 5, priceMonthly: 84 },
  { slug: 'm-2vcpu-16gb', description: 'Memory-Optimized', memory: 16384, vcpus: 2, disk: 50, transfer: 4, priceMonthly: 84, regions: except('atl1') },
  { slug: 's-8vcpu-16gb', description: 'Basic', memory: 16384, vcpus: 8, disk: 320, transfer: 6, priceMonthly: 96 },
  { slug: 'g-4vcpu-16gb', description: 'General Purpose', memory: 16384, vcpus: 4, disk: 50, transfer: 5, priceMonthly: 126 },
  { slug: 'so-2vcpu-16gb', description: 'Storage-Optimized', memory: 16384, vcpus: 2, disk: 300, transfer: 4, priceMonthly: 131, regions: ['nyc3', 'sfo3', 'ams3', 'fra1', 'lon1', 'sgp1', 'tor1'] },
  { slug: 'c-8', description: 'CPU-Optimized', memory: 16384, vcpus: 8, disk: 100, transfer: 6, priceMonthly: 168 },
  { slug: 'm-4vcpu-32gb', description: 'Memory-Optimized', memory: 32768, vcpus: 4, disk: 100, transfer: 6, priceMonthly: 168, regions: except('atl1') },
  { slug: 'g-8vcpu-32gb', description: 'General Purpose', memory: 32768, vcpus: 8, disk: 100, transfer: 6, priceMonthly: 252 },
  {
    slug: 'gpu-4000adax1-20gb', description: 'GPU', memory: 32768, vcpus: 8, disk: 500, transfer: 10, priceMonthly: 510.72, regions: gpuRegions,
    gpu: { count: 1, model: 'nvidia_rtx_4000_ada', vramGiB: 20, scratchGiB: 0 },
  },
  {
    slug: 'gpu-h100x1-80gb', description: 'GPU', memory: 245760, vcpus: 20, disk: 720, transfer: 15, priceMonthly: 2278.08, regions: gpuRegions,
    gpu: { count: 1, model: 'nvidia_h100', vramGiB: 80, scratchGiB: 5120 },
  },
];

export const sizes: readonly SizeInfo[] = plans.map((plan) => ({
  ...plan,
  available: plan.available ?? true,
  regions: plan.regions ?? everywhere,
}));

const bySlug = new Map(sizes.map((size) => [size.slug, size]));

export const findSize = (slug: string): SizeInfo | undefined => bySlug.get(slug);

export const priceHourly = (size: SizeInfo): number => Math.round((size.priceMonthly / 672) * 100000) / 100000;

export const sizesInRegion = (regionSlug: string): string[] =>
  sizes.filter((size) => size.available && size.regions.includes(regionSlug)).map((size) => size.slug);

export const isGpu = (size: SizeInfo): boolean => size.gpu !== undefined;
