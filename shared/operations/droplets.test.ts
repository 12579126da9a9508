import { describe, expect, it } from 'vitest';
import { operations } from '../contract';

const accepts = (name: keyof typeof operations, request: unknown): boolean => operations[name].request.safeParse(request).success;

describe('droplet and tag operations', () => {
  it('name a Droplet by a positive integer id', () => {
    for (const name of ['droplets.get', 'droplets.delete', 'droplets.kernels', 'droplets.actions', 'droplets.associatedResources'] as const) {
      expect(accepts(name, { id: 42 })).toBe(true);
      for (const id of [0, -1, 1.5, '42', undefined]) expect(accepts(name, { id }), `${name} ${String(id)}`).toBe(false);
      expect(accepts(name, { id: 42, extra: true })).toBe(false);
    }
  });

  it('filter and act by valid tags only', () => {
    expect(accepts('droplets.list', {})).toBe(true);
    expect(accepts('droplets.list', { tagName: 'env:prod' })).toBe(true);
    expect(accepts('droplets.list', { tagName: 'env prod' })).toBe(false);
    expect(accepts('droplets.deleteByTag', { tagName: '' })).toBe(false);
    expect(accepts('droplets.runActionByTag', { tagName: 'web', action: { type: 'power_cycle' } })).toBe(true);
    expect(accepts('droplets.runActionByTag', { tagName: 'web', action: { type: 'reboot' } })).toBe(false);
    expect(accepts('droplets.runAction', { id: 1, action: { type: 'reboot' } })).toBe(true);
    expect(accepts('droplets.runAction', { id: 1, action: { type: 'destroy' } })).toBe(false);
  });

  it('tag one to a thousand resources of the kinds DigitalOcean tags', () => {
    const resource = { resource_id: '42', resource_type: 'droplet' };
    for (const name of ['tags.tagResources', 'tags.untagResources'] as const) {
      expect(accepts(name, { name: 'web', resources: [resource, { resource_id: 'uuid', resource_type: 'volume_snapshot' }] })).toBe(true);
      expect(accepts(name, { name: 'web', resources: [] })).toBe(false);
      expect(accepts(name, { name: 'web', resources: Array.from({ length: 1001 }, () => resource) })).toBe(false);
      expect(accepts(name, { name: 'web', resources: [{ ...resource, resource_type: 'database' }] })).toBe(false);
      expect(accepts(name, { name: 'web', resources: [{ resource_id: 42, resource_type: 'droplet' }] })).toBe(false);
      expect(accepts(name, { name: 'w e b', resources: [resource] })).toBe(false);
    }
    expect(accepts('tags.create', { name: 'team:data' })).toBe(true);
    expect(accepts('tags.create', { name: 'x'.repeat(256) })).toBe(false);
    expect(accepts('tags.list', {})).toBe(true);
  });
});
