import { describe, expect, it } from 'vitest';
import { createResourceNames } from '../resource-names';
import { adoptedContext, rememberedSnapshotSize } from './work-size';

const names = () => {
  const remembered = createResourceNames();
  remembered.remember('droplet', 1, { resourceName: 'web-01', sizeGigabytes: 80, latestSnapshotId: 500 });
  remembered.remember('droplet', 2, { resourceName: 'fresh', sizeGigabytes: 25 });
  remembered.remember('image', 500, { resourceName: 'web-01 before', sizeGigabytes: 3.5 });
  remembered.remember('image', 600, { resourceName: 'base', sizeGigabytes: 2 });
  return remembered;
};

describe('work sizes from memory', () => {
  it('sizes a snapshot by the newest earlier snapshot, else by the disk as an upper bound', () => {
    const remembered = names();
    expect(rememberedSnapshotSize(remembered, { resourceName: 'web-01', sizeGigabytes: 80, latestSnapshotId: 500 })).toEqual({ sizeGigabytes: 3.5 });
    expect(rememberedSnapshotSize(remembered, { resourceName: 'fresh', sizeGigabytes: 25 })).toEqual({ sizeGigabytes: 25, upperBound: true });
    // A snapshot the panel has not seen: the disk bound still holds.
    expect(rememberedSnapshotSize(remembered, { resourceName: 'x', sizeGigabytes: 40, latestSnapshotId: 999 })).toEqual({ sizeGigabytes: 40, upperBound: true });
    expect(rememberedSnapshotSize(remembered, { resourceName: 'x' })).toEqual({});
  });

  it('gives an adopted action the size its kind is driven by, and never a disk for an image’s size', () => {
    const remembered = names();
    const on = (type: string, resource_type: string, resource_id: number) => adoptedContext(remembered, { type, resource_type, resource_id });
    expect(on('snapshot', 'droplet', 1)).toEqual({ resourceName: 'web-01', sizeGigabytes: 3.5 });
    expect(on('snapshot', 'droplet', 2)).toEqual({ resourceName: 'fresh', sizeGigabytes: 25, upperBound: true });
    expect(on('backup', 'droplet', 1)).toEqual({ resourceName: 'web-01', sizeGigabytes: 80 });
    expect(on('restore', 'droplet', 1)).toEqual({ resourceName: 'web-01' });
    expect(on('reboot', 'droplet', 1)).toEqual({ resourceName: 'web-01' });
    expect(on('transfer', 'image', 600)).toEqual({ resourceName: 'base', sizeGigabytes: 2 });
    expect(on('reboot', 'droplet', 3)).toBeUndefined();
  });
});
