import { describe, expect, it } from 'vitest';
import { filterImages, formatImagesView, imageSearchIndex, nextSort, parseImagesView, sortImages, tabOfOwnImage } from './image-filters';
import { backupRow, customRow, dbSnapshotRow, dockerRow, failedImportRow, ownRows, snapshotRow, ubuntuRow } from './image-test-rows';

const names = (rows: { name: string }[]) => rows.map((row) => row.name);

describe('images view in the address', () => {
  it('reads the tab, search, tag, sort and open image, and writes them back the same', () => {
    const search = 'tab=custom&q=ubuntu&tag=golden-image&sort=size&dir=desc&image=7201';
    const view = parseImagesView(search);
    expect(view).toEqual({ tab: 'custom', q: 'ubuntu', tag: 'golden-image', sort: { columnId: 'size', direction: 'desc' }, image: 7201 });
    expect(formatImagesView(view)).toBe(search);
  });

  it('leaves out what is not set, and ignores what it does not know', () => {
    const view = parseImagesView('tab=volumes&sort=price&image=-3');
    expect(view).toEqual({ tab: null, q: '', tag: '', sort: { columnId: 'name', direction: 'asc' }, image: null });
    expect(formatImagesView(view)).toBe('');
  });
});

describe('filterImages', () => {
  it('splits the account’s own images by type', () => {
    expect(names(filterImages(ownRows, 'snapshots', { q: '', tag: '' }))).toEqual([snapshotRow.name, dbSnapshotRow.name]);
    expect(names(filterImages(ownRows, 'backups', { q: '', tag: '' }))).toEqual([backupRow.name]);
    expect(names(filterImages(ownRows, 'custom', { q: '', tag: '' }))).toEqual([customRow.name, failedImportRow.name]);
  });

  it('searches the name, slug and distribution, every word', () => {
    expect(names(filterImages([ubuntuRow, dockerRow], 'applications', { q: 'docker-20', tag: '' }))).toEqual([dockerRow.name]);
    expect(names(filterImages(ownRows, 'snapshots', { q: 'debian', tag: '' }))).toEqual([dbSnapshotRow.name]);
    expect(names(filterImages(ownRows, 'snapshots', { q: 'DB pg16', tag: '' }))).toEqual([dbSnapshotRow.name]);
    expect(filterImages(ownRows, 'snapshots', { q: 'db web', tag: '' })).toEqual([]);
  });

  it('keeps only rows carrying the tag', () => {
    expect(names(filterImages(ownRows, 'snapshots', { q: '', tag: 'env:prod' }))).toEqual([dbSnapshotRow.name]);
  });
});

describe('sortImages', () => {
  it('sorts by size with unknown sizes last, and flips', () => {
    const rows = [dbSnapshotRow, failedImportRow, snapshotRow];
    expect(names(sortImages(rows, { columnId: 'size', direction: 'asc' }))).toEqual([snapshotRow.name, dbSnapshotRow.name, failedImportRow.name]);
    expect(names(sortImages(rows, { columnId: 'size', direction: 'desc' }))[2]).toBe(snapshotRow.name);
  });

  it('sorts by the droplet the image came from', () => {
    const droplets = new Map([
      [snapshotRow.id, { id: 1, name: 'zeta' }],
      [dbSnapshotRow.id, { id: 2, name: 'alpha' }],
    ]);
    expect(names(sortImages([snapshotRow, dbSnapshotRow], { columnId: 'droplet', direction: 'asc' }, droplets))).toEqual([dbSnapshotRow.name, snapshotRow.name]);
  });

  it('flips the direction on a second click', () => {
    expect(nextSort({ columnId: 'name', direction: 'asc' }, 'name')).toEqual({ columnId: 'name', direction: 'desc' });
    expect(nextSort({ columnId: 'name', direction: 'desc' }, 'size')).toEqual({ columnId: 'size', direction: 'asc' });
  });
});

describe('tabOfOwnImage', () => {
  it('names the tab that holds an own image, and none for a public type', () => {
    expect(tabOfOwnImage(backupRow)).toBe('backups');
    expect(tabOfOwnImage(customRow)).toBe('custom');
    expect(tabOfOwnImage(ubuntuRow)).toBeNull();
  });
});

describe('the image search index', () => {
  it('gives what filterImages gives for the same rows, query after query', () => {
    const rows = [...ownRows, ubuntuRow, dockerRow];
    const index = imageSearchIndex(rows);
    for (const q of ['d', 'de', 'debian', 'DB pg16', 'db', 'docker-20', String(dockerRow.id), 'ubuntu', '']) {
      expect(names([...index.search(q)]), q).toEqual(names(filterImages(rows, 'distributions', { q, tag: '' })));
    }
  });
});
