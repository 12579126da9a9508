import { describe, expect, test } from 'vitest';
import { paginate, readPageRequest } from './pagination';

const items = Array.from({ length: 45 }, (_, index) => index + 1);
const page = (query: string) => paginate(items, { baseUrl: 'http://sim.test:4010', pathname: '/v2/droplets', query: new URLSearchParams(query) });

describe('readPageRequest', () => {
  test.each([
    ['', 1, 20],
    ['page=3&per_page=7', 3, 7],
    ['per_page=200', 1, 200],
    ['per_page=1000', 1, 200],
    ['per_page=0&page=0', 1, 20],
    ['per_page=-5&page=-1', 1, 20],
    ['per_page=abc&page=2.5', 1, 20],
    ['per_page=99999999999999', 1, 20],
  ])('%s → page %i, per_page %i', (query, expectedPage, expectedPerPage) => {
    expect(readPageRequest(new URLSearchParams(query))).toEqual({ page: expectedPage, perPage: expectedPerPage });
  });
});

describe('paginate', () => {
  test('the first page links forward only', () => {
    const result = page('');
    expect(result.items).toEqual(items.slice(0, 20));
    expect(result.meta).toEqual({ total: 45 });
    expect(result.links).toEqual({
      pages: { next: 'http://sim.test:4010/v2/droplets?page=2', last: 'http://sim.test:4010/v2/droplets?page=3' },
    });
  });

  test('a middle page links both ways and keeps the other parameters', () => {
    const result = page('per_page=10&tag_name=web&page=3');
    expect(result.items).toEqual(items.slice(20, 30));
    expect(result.links.pages).toEqual({
      first: 'http://sim.test:4010/v2/droplets?page=1&per_page=10&tag_name=web',
      prev: 'http://sim.test:4010/v2/droplets?page=2&per_page=10&tag_name=web',
      next: 'http://sim.test:4010/v2/droplets?page=4&per_page=10&tag_name=web',
      last: 'http://sim.test:4010/v2/droplets?page=5&per_page=10&tag_name=web',
    });
  });

  test('the last page links back only and may be short', () => {
    const result = page('page=3');
    expect(result.items).toEqual([41, 42, 43, 44, 45]);
    expect(Object.keys(result.links.pages ?? {})).toEqual(['first', 'prev']);
  });

  test('a single page has no links at all', () => {
    const result = page('per_page=50');
    expect(result.items).toHaveLength(45);
    expect(result.links).toEqual({});
  });

  test('a page past the end is empty and links back to the real last page', () => {
    const result = page('page=9');
    expect(result.items).toEqual([]);
    expect(result.meta.total).toBe(45);
    expect(result.links.pages?.prev).toBe('http://sim.test:4010/v2/droplets?page=3');
  });

  test('an empty collection is one empty page', () => {
    const result = paginate([], { baseUrl: 'http://x', pathname: '/v2/tags', query: new URLSearchParams() });
    expect(result).toEqual({ items: [], links: {}, meta: { total: 0 } });
  });
});
