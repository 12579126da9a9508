import { describe, expect, it } from 'vitest';
import { sampleDropletRow } from '../../testing/droplet-samples';
import { defaultSort, formatDropletsView, matchesQuery, nextSort, parseDropletsView } from './droplet-filters';

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
