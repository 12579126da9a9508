import { describe, expect, it } from 'vitest';
import { createResourceNames } from './resource-names';

describe('resource names', () => {
  it('names an action by the resource it touched', () => {
    const names = createResourceNames();
    names.remember('droplet', 7, { resourceName: 'web-01', sizeGigabytes: 50 });
    names.remember('image', 7, { resourceName: 'golden-image' });
    expect(names.describe({ resource_type: 'droplet', resource_id: 7 })).toEqual({ resourceName: 'web-01', sizeGigabytes: 50 });
    expect(names.describe({ resource_type: 'image', resource_id: 7 })).toEqual({ resourceName: 'golden-image' });
    expect(names.describe({ resource_type: 'volume', resource_id: 7 })).toBeUndefined();
    expect(names.describe({ resource_type: 'droplet' })).toBeUndefined();
  });

  it('keeps the newest entries within its limit', () => {
    const names = createResourceNames(2);
    names.remember('droplet', 1, { resourceName: 'a' });
    names.remember('droplet', 2, { resourceName: 'b' });
    names.remember('droplet', 1, { resourceName: 'a2' });
    names.remember('droplet', 3, { resourceName: 'c' });
    expect(names.describe({ resource_type: 'droplet', resource_id: 2 })).toBeUndefined();
    expect(names.describe({ resource_type: 'droplet', resource_id: 1 })?.resourceName).toBe('a2');
    names.forget();
    expect(names.describe({ resource_type: 'droplet', resource_id: 3 })).toBeUndefined();
  });
});
