import { describe, expect, it } from 'vitest';
import { matchesWords, searchIndex, searchText, searchWords } from './search-index';

interface Server {
  id: number;
  name: string;
  ip: string | null;
  tags: string[];
}

const server = (id: number, name: string, ip: string | null, tags: string[] = []): Server => ({ id, name, ip, tags });

const serverText = searchText((row: Server) => [row.name, row.ip, String(row.id), ...row.tags]);

const rows = [
  server(1, 'web-prod-01', '203.0.113.10', ['env:prod']),
  server(2, 'web-prod-02', '203.0.113.11', ['env:prod']),
  server(3, 'Web-Staging', '198.51.100.7', ['env:staging']),
  server(4, 'db-main', null, ['env:prod', 'postgres']),
];

const ids = (found: readonly Server[]) => found.map((row) => row.id);

describe('search words and texts', () => {
  it('lower-cases a query and splits it on white space', () => {
    expect(searchWords('  Web\tPROD  01 ')).toEqual(['web', 'prod', '01']);
    expect(searchWords('   ')).toEqual([]);
  });

  it('needs every word, each inside one of the values, case aside', () => {
    const text = serverText(rows[2] as Server);
    expect(matchesWords(text, ['web', 'staging'])).toBe(true);
    expect(matchesWords(text, ['web', 'prod'])).toBe(false);
    expect(matchesWords(text, [])).toBe(true);
    // Values are separate: a word cannot match across the end of one value and the start of the next.
    expect(matchesWords(text, ['staging198'])).toBe(false);
  });

  it('builds a row’s text once per row object', () => {
    let built = 0;
    const counted = searchText((row: Server) => {
      built += 1;
      return [row.name];
    });
    const row = server(9, 'cache', null);
    counted(row);
    counted(row);
    expect(built).toBe(1);
    counted({ ...row });
    expect(built).toBe(2);
  });
});

describe('searchIndex', () => {
  it('finds rows by name, address, id and tag, in their order', () => {
    const index = searchIndex(rows, serverText);
    expect(ids(index.search('web'))).toEqual([1, 2, 3]);
    expect(ids(index.search('203.0.113'))).toEqual([1, 2]);
    expect(ids(index.search('4'))).toEqual([4]);
    expect(ids(index.search('postgres'))).toEqual([4]);
    expect(ids(index.search('ENV:PROD web'))).toEqual([1, 2]);
    expect(index.search('nothing-like-it')).toEqual([]);
  });

  it('gives the rows themselves for an empty query', () => {
    const index = searchIndex(rows, serverText);
    expect(index.search('')).toBe(rows);
    expect(index.search('  ')).toBe(rows);
  });

  it('answers each query as a fresh search would, whatever was typed before', () => {
    const index = searchIndex(rows, serverText);
    const fresh = (query: string) => ids(searchIndex(rows, serverText).search(query));
    // Narrowing (a character, a word), widening (a backspace), and a query unrelated to the last.
    for (const query of ['w', 'we', 'web', 'web-p', 'web-prod-01', 'web-prod-0', 'web', 'web 02', 'web 0', 'env', 'env prod', 'db', '', 'e', 'es']) {
      expect(ids(index.search(query)), query).toEqual(fresh(query));
    }
  });

  it('is built again for a new list, which is what it then searches', () => {
    const before = searchIndex(rows, serverText);
    expect(ids(before.search('cache'))).toEqual([]);
    const grown = [...rows, server(5, 'cache-01', '10.0.0.5')];
    const after = searchIndex(grown, serverText);
    expect(ids(after.search('cache'))).toEqual([5]);
    expect(after.rows).toBe(grown);
  });

  it('finds a patched row (the same list with one row replaced) by its new name, not its old one', () => {
    const index = searchIndex(rows, serverText);
    expect(ids(index.search('web-prod'))).toEqual([1, 2]);
    const patched = rows.map((row) => (row.id === 2 ? { ...row, name: 'api-prod-02' } : row));
    const next = searchIndex(patched, serverText);
    expect(ids(next.search('api'))).toEqual([2]);
    expect(ids(next.search('web-prod'))).toEqual([1]);
  });
});
