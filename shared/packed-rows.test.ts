import { describe, expect, it } from 'vitest';
import type { DropletRow } from './droplet-types';
import { packRows, unpackRows } from './packed-rows';

const row = (id: number, region: string, memoryMb: number): DropletRow => ({
  id,
  name: `web-${id}`,
  status: 'active',
  locked: false,
  publicIpv4: id % 2 === 0 ? null : `203.0.113.${id}`,
  privateIpv4: null,
  region: { slug: region, name: region.toUpperCase() },
  size: { slug: `s-${memoryMb}`, vcpus: 1, memoryMb, diskGb: 25, priceMonthly: 6 },
  image: { id: null, name: null, distribution: null, slug: null },
  tags: id % 3 === 0 ? ['web', 'env:prod'] : [],
  createdAt: '2026-01-01T00:00:00Z',
  features: ['monitoring'],
  backupsEnabled: id % 4 === 0,
  ipv6Enabled: false,
});

describe('packed rows', () => {
  const rows = Array.from({ length: 300 }, (_, index) => row(index + 1, ['nyc3', 'ams3', 'sfo3'][index % 3] ?? 'nyc3', index % 2 === 0 ? 1024 : 2048));

  it('unpack to rows equal to the packed ones, through JSON as over the bridge', () => {
    expect(unpackRows(JSON.parse(JSON.stringify(packRows(rows))))).toEqual(rows);
    expect(unpackRows(packRows([]))).toEqual([]);
  });

  it('write each key once and each shared object once, so the list is much smaller', () => {
    const packed = packRows(rows);
    expect(packed.keys).toEqual(Object.keys(rows[0] as object));
    const sharedOf = (key: string) => packed.shared[packed.keys.indexOf(key)];
    expect(sharedOf('region')).toHaveLength(3);
    expect(sharedOf('size')).toHaveLength(2);
    expect(sharedOf('image')).toHaveLength(1);
    // Arrays and plain values are written as they are.
    expect(sharedOf('tags')).toBeNull();
    expect(sharedOf('name')).toBeNull();
    expect(JSON.stringify(packed).length).toBeLessThan(JSON.stringify(rows).length / 2);
  });

  it('unpack the rows’ shared objects as one object each', () => {
    const [first, , , fourth] = unpackRows<DropletRow>(packRows(rows));
    expect(first?.region).toBe(fourth?.region);
  });

  it('unpack a key some row lacks as null there, as JSON would write it', () => {
    const uneven = [{ id: 1, name: 'a', note: 'x' }, { id: 2, name: 'b' }];
    expect(unpackRows(packRows(uneven))).toEqual([{ id: 1, name: 'a', note: 'x' }, { id: 2, name: 'b', note: null }]);
  });
});
