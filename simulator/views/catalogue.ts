import { findRegion, type RegionInfo } from '../catalogue/regions';
import { priceHourly, sizesInRegion, type SizeInfo } from '../catalogue/sizes';

export const regionView = (region: RegionInfo) => ({
  name: region.name,
  slug: region.slug,
  features: [...region.features],
  available: region.available,
  sizes: region.available ? sizesInRegion(region.slug) : [],
});

/** A Droplet's or an action's region, by slug; unknown slugs never reach here (they are refused on input). */
export const regionViewBySlug = (slug: string) => {
  const region = findRegion(slug);
  if (!region) throw new Error(`unknown region ${slug}`);
  return regionView(region);
};

const diskInfo = (size: SizeInfo) => [
  { type: 'local', size: { amount: size.disk, unit: 'gib' } },
  ...(size.gpu && size.gpu.scratchGiB > 0 ? [{ type: 'scratch', size: { amount: size.gpu.scratchGiB, unit: 'gib' } }] : []),
];

export const sizeView = (size: SizeInfo) => ({
  slug: size.slug,
  memory: size.memory,
  vcpus: size.vcpus,
  disk: size.disk,
  transfer: size.transfer,
  price_monthly: size.priceMonthly,
  price_hourly: priceHourly(size),
  regions: [...size.regions],
  available: size.available,
  description: size.description,
  disk_info: diskInfo(size),
  ...(size.gpu ? { gpu_info: { count: size.gpu.count, model: size.gpu.model, vram: { amount: size.gpu.vramGiB, unit: 'gib' } } } : {}),
});
