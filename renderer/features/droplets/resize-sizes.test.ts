import { describe, expect, it } from 'vitest';
import { resizeChoices } from './resize-sizes';
import { size } from './droplet-action-test-helpers';

describe('resizeChoices', () => {
  const droplet = { regionSlug: 'nyc3', sizeSlug: 's-2vcpu-4gb', diskGb: 80 };

  it('keeps sizes offered now in the region, not the current one and not a smaller disk, cheapest first', () => {
    const sizes = [
      size('s-8vcpu-16gb', { disk: 320, price_monthly: 96 }),
      size('s-2vcpu-4gb'),
      size('s-1vcpu-2gb', { disk: 50, price_monthly: 12 }),
      size('s-4vcpu-8gb', { disk: 160, price_monthly: 48 }),
      size('fra-only', { disk: 160, price_monthly: 40, regions: ['fra1'] }),
      size('retired', { disk: 160, price_monthly: 30, available: false }),
      size('same-disk', { disk: 80, price_monthly: 28 }),
    ];
    expect(resizeChoices(sizes, droplet).map((choice) => choice.slug)).toEqual(['same-disk', 's-4vcpu-8gb', 's-8vcpu-16gb']);
  });

  it('measures against the droplet’s own disk, which a CPU-only resize left smaller than its size’s', () => {
    expect(resizeChoices([size('s-1vcpu-2gb', { disk: 50 })], { ...droplet, sizeSlug: 's-4vcpu-8gb', diskGb: 50 })).toHaveLength(1);
  });
});
