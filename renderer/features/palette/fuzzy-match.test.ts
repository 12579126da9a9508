import { describe, expect, it } from 'vitest';
import { bestMatches, matchScore, searchText, type Searchable } from './fuzzy-match';

const entries = (...texts: string[]): Searchable<string>[] => texts.map((text) => ({ value: text, text: searchText(text) }));

describe('matchScore', () => {
  it('matches a subsequence and refuses letters out of order', () => {
    expect(matchScore('web-prod-01', 'wp1')).not.toBeNull();
    expect(matchScore('web-prod-01', '1pw')).toBeNull();
    expect(matchScore('web-prod-01', 'x')).toBeNull();
  });

  it('ignores case and needs every term', () => {
    expect(matchScore(searchText('Web-Prod-01', '203.0.113.10'), 'WEB 113')).not.toBeNull();
    expect(matchScore(searchText('web-prod-01', '203.0.113.10'), 'web 999')).toBeNull();
  });

  it('matches everything with an empty query', () => {
    expect(matchScore('anything', '  ')).toBe(0);
  });
});

describe('bestMatches', () => {
  it('ranks a substring over a scattered match, and a word start over the middle of a word', () => {
    const { shown } = bestMatches(entries('db-backup', 'prod-db', 'debug-box', 'adb'), 'db', 10);
    expect(shown.slice(0, 2)).toEqual(['db-backup', 'prod-db']);
    expect(shown).toContain('debug-box');
    expect(shown.indexOf('adb')).toBeLessThan(shown.indexOf('debug-box'));
  });

  it('keeps the list order between equal scores', () => {
    expect(bestMatches(entries('web-1', 'web-2', 'web-3'), 'web', 10).shown).toEqual(['web-1', 'web-2', 'web-3']);
  });

  it('finds by name, IP, id and tag among 10,000, shows at most the limit and counts them all', () => {
    const rows = Array.from({ length: 10_000 }, (_, i) => ({
      id: 100_000 + i,
      name: `node-${String(i).padStart(5, '0')}`,
      ip: `10.${Math.floor(i / 256) % 256}.${i % 256}.7`,
      tag: i % 10 === 0 ? 'env:prod' : 'env:dev',
    }));
    const searchable = rows.map((row) => ({ value: row, text: searchText(row.name, row.ip, row.id, row.tag) }));

    const byName = bestMatches(searchable, 'node-04321', 50);
    expect(byName.shown[0]?.id).toBe(104_321);

    const byIp = bestMatches(searchable, '10.16.226.7', 50);
    expect(byIp.shown[0]?.name).toBe('node-04322');

    const byId = bestMatches(searchable, '109999', 50);
    // Other rows hold those digits scattered (a fuzzy match); the exact id comes first.
    expect(byId.shown[0]?.name).toBe('node-09999');
    expect(byId.total).toBeLessThan(10_000);

    const byTag = bestMatches(searchable, 'prod', 50);
    expect(byTag.total).toBe(1_000);
    expect(byTag.shown).toHaveLength(50);
    expect(byTag.shown.every((row) => row.tag === 'env:prod')).toBe(true);

    const everything = bestMatches(searchable, '', 50);
    expect(everything.total).toBe(10_000);
    expect(everything.shown.map((row) => row.id)).toEqual(rows.slice(0, 50).map((row) => row.id));
  });
});
