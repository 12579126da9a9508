import { describe, expect, it } from 'vitest';
import { sampleImageRow } from '../../../testing/image-samples';
import { checkNames, checkTags, formatBytes, formatMonthly, namesProblem, userDataBytes } from './create-form-rules';
import { findPrefilled, imageGroups, imageRegions } from './image-choice';

describe('names', () => {
  it('splits on commas and line breaks, trims, and drops empty entries', () => {
    expect(checkNames(' web-01,web-02\n\n web-03 ,').map((name) => name.value)).toEqual(['web-01', 'web-02', 'web-03']);
  });

  it('flags a repeat ignoring case, on its second appearance only', () => {
    const names = checkNames('Web-01, web-01');
    expect(names[0]?.problem).toBeNull();
    expect(names[1]?.problem).toMatch(/already in the list/);
  });

  it('keeps a space inside a name, so it is refused rather than split', () => {
    expect(checkNames('web 01')).toEqual([{ value: 'web 01', problem: expect.stringMatching(/only letters/) }]);
  });

  it('says what stops the names as a whole', () => {
    expect(namesProblem([])).toBe('Enter a name for the droplet.');
    expect(namesProblem(checkNames(Array.from({ length: 11 }, (_, index) => `n${index}`).join(',')))).toMatch(/at most 10/);
    expect(namesProblem(checkNames('ok-1, bad_2'))).toMatch(/“bad_2”/);
    expect(namesProblem(checkNames(Array.from({ length: 10 }, (_, index) => `n${index}`).join(',')))).toBeNull();
  });
});

describe('tags, user data and prices', () => {
  it('splits tags on spaces and commas, merges repeats and checks each', () => {
    expect(checkTags('env:prod, web env:prod bad.tag')).toEqual([
      { value: 'env:prod', problem: null },
      { value: 'web', problem: null },
      { value: 'bad.tag', problem: expect.any(String) },
    ]);
  });

  it('counts user data in UTF-8 bytes', () => {
    expect(userDataBytes('é')).toBe(2);
    expect(formatBytes(1)).toBe('1 byte');
    expect(formatBytes(900)).toBe('900 bytes');
    expect(formatBytes(1536)).toBe('1.5 KiB');
    expect(formatBytes(64 * 1024)).toBe('64 KiB');
  });

  it('writes monthly prices', () => {
    expect(formatMonthly(6)).toBe('$6/month');
    expect(formatMonthly(1254.4)).toBe('$1,254.40/month');
  });
});

describe('image choices', () => {
  const ubuntu = { ...sampleImageRow, id: 1, name: 'Ubuntu', type: 'base' as const, public: true, slug: 'ubuntu-24-04-x64', regions: ['nyc3'] };
  const failed = { ...sampleImageRow, id: 3, name: 'broken', type: 'custom' as const, status: 'deleted' as const };
  const groups = imageGroups([ubuntu], [], [sampleImageRow, failed]);

  it('groups usable images and leaves out failed imports and empty groups', () => {
    expect(groups.map((group) => [group.label, group.choices.map((choice) => choice.request)])).toEqual([
      ['Distributions', ['ubuntu-24-04-x64']],
      ['Your snapshots', [sampleImageRow.id]],
    ]);
  });

  it('names a distribution’s image with its distribution, and the account’s own images with theirs', () => {
    const labels = imageGroups([{ ...ubuntu, name: '24.04 (LTS) x64' }], [{ ...ubuntu, id: 2, slug: 'docker-20-04', name: 'Docker on Ubuntu 22.04' }], [sampleImageRow]);
    expect(labels.flatMap((group) => group.choices.map((choice) => choice.label))).toEqual(['Ubuntu 24.04 (LTS) x64', 'Docker on Ubuntu 22.04', `${sampleImageRow.name} (Ubuntu)`]);
  });

  it('finds a prefill by id or slug, and limits regions only for the account’s own images', () => {
    expect(findPrefilled(groups, 'ubuntu-24-04-x64')?.row.id).toBe(1);
    expect(findPrefilled(groups, sampleImageRow.id)?.key).toBe(`id:${sampleImageRow.id}`);
    expect(findPrefilled(groups, 999)).toBeUndefined();
    expect(imageRegions(findPrefilled(groups, 1))).toBeNull();
    expect(imageRegions(findPrefilled(groups, sampleImageRow.id))).toEqual(['nyc3']);
  });
});
