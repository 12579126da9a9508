import { describe, expect, it } from 'vitest';
import { sampleDropletRow } from '../../testing/droplet-samples';
import type { DropletRow } from '../../../shared/droplet-types';
import {
  defaultSort,
  dropletSearchIndex,
  emptyFilters,
  filterIndexedDroplets,
  formatDropletsView,
  matchesQuery,
  nextSort,
  parseDropletsView,
  type DropletFilters,
} from './droplet-filters';

describe('droplet view in the address', () => {
  it('round-trips search, filters, sort and the open droplet, leaving defaults out', () => {
    const view = { q: 'web 10.1', status: 'off', region: 'nyc3', size: '', tag: 'env:prod', sort: { columnId: 'price', direction: 'desc' as const }, droplet: 42 };
    const search = formatDropletsView(view);
    expect(parseDropletsView(search)).toEqual(view);
    expect(formatDropletsView({ ...parseDropletsView(''), droplet: null })).toBe('');
  });

  it('ignores what it does not know', () => {
    expect(parseDropletsView('sort=secret&droplet=-3&dir=sideways')).toMatchObject({ sort: defaultSort, droplet: null });
  });

  it('flips the direction on the same column and starts ascending on another', () => {
    expect(nextSort(defaultSort, 'name')).toEqual({ columnId: 'name', direction: 'desc' });
    expect(nextSort({ columnId: 'name', direction: 'desc' }, 'price')).toEqual({ columnId: 'price', direction: 'asc' });
  });

  it('needs every word of a search to match', () => {
    expect(matchesQuery(sampleDropletRow, 'WEB env:prod')).toBe(true);
    expect(matchesQuery(sampleDropletRow, 'web staging')).toBe(false);
  });
});

describe('the droplet search index', () => {
  const row = (id: number, patch: Partial<DropletRow>): DropletRow => ({ ...sampleDropletRow, id, ...patch });
  const rows = [
    row(1, { name: 'web-prod-01', publicIpv4: '203.0.113.10', privateIpv4: '10.108.0.2', tags: ['env:prod'] }),
    row(2, { name: 'web-prod-02', publicIpv4: '203.0.113.11', privateIpv4: '10.108.0.3', tags: ['Env:Prod', 'web'], status: 'off' }),
    row(3, { name: 'db-main', publicIpv4: null, privateIpv4: '10.108.0.9', tags: [], region: { slug: 'ams3', name: 'Amsterdam 3' } }),
  ];
  const ids = (found: readonly DropletRow[]) => found.map((droplet) => droplet.id);
  const filters = (patch: Partial<DropletFilters>): DropletFilters => ({ ...emptyFilters, ...patch });

  it('matches on name, public and private IP, tag and id, with the status, region, size and tag filters as before', () => {
    const index = dropletSearchIndex(rows);
    expect(ids(filterIndexedDroplets(index, filters({ q: 'WEB-prod' })))).toEqual([1, 2]);
    expect(ids(filterIndexedDroplets(index, filters({ q: '203.0.113.11' })))).toEqual([2]);
    expect(ids(filterIndexedDroplets(index, filters({ q: '10.108.0.9' })))).toEqual([3]);
    expect(ids(filterIndexedDroplets(index, filters({ q: 'env:prod' })))).toEqual([1, 2]);
    expect(ids(filterIndexedDroplets(index, filters({ q: '3' })))).toEqual([1, 2, 3]);
    expect(ids(filterIndexedDroplets(index, filters({ region: 'ams3' })))).toEqual([3]);
    expect(ids(filterIndexedDroplets(index, filters({ q: 'web', status: 'off' })))).toEqual([2]);
    expect(ids(filterIndexedDroplets(index, filters({ tag: 'web' })))).toEqual([2]);
  });

  it('gives what matching each row would, query after query', () => {
    const index = dropletSearchIndex(rows);
    const each = (f: DropletFilters) =>
      rows.filter(
        (droplet) =>
          matchesQuery(droplet, f.q) &&
          (f.status === '' || droplet.status === f.status) &&
          (f.region === '' || droplet.region.slug === f.region) &&
          (f.size === '' || droplet.size.slug === f.size) &&
          (f.tag === '' || droplet.tags.includes(f.tag)),
      );
    for (const q of ['w', 'we', 'web', 'web-prod-0', 'web-prod-02', 'web', '10.108', '10.108.0.', 'db', '']) {
      for (const patch of [{}, { status: 'off' }, { region: 'nyc3' }, { size: 's-2vcpu-4gb', tag: 'web' }]) {
        expect(ids(filterIndexedDroplets(index, filters({ q, ...patch }))), q).toEqual(ids(each(filters({ q, ...patch }))));
      }
    }
  });

  it('finds a renamed droplet by its new name once the list holds the new row', () => {
    const renamed = rows.map((droplet) => (droplet.id === 3 ? { ...droplet, name: 'cache-main' } : droplet));
    expect(ids(filterIndexedDroplets(dropletSearchIndex(renamed), filters({ q: 'cache' })))).toEqual([3]);
    expect(ids(filterIndexedDroplets(dropletSearchIndex(renamed), filters({ q: 'db-main' })))).toEqual([]);
  });
});
