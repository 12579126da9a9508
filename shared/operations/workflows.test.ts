import { describe, expect, it } from 'vitest';
import { operations } from '../contract';

const start = operations['workflows.start'].request;
const accepts = (request: unknown): boolean => start.safeParse(request).success;

describe('starting a workflow', () => {
  it('resizes one droplet to a size, CPU and RAM only unless the disk is asked for, stopping it as asked', () => {
    expect(start.parse({ kind: 'resize-after-power-off', id: 42, size: 's-2vcpu-4gb' })).toEqual({ kind: 'resize-after-power-off', id: 42, size: 's-2vcpu-4gb', disk: false, stop: 'power_off' });
    expect(accepts({ kind: 'resize-after-power-off', id: 42, size: 's-2vcpu-4gb', stop: 'shutdown' })).toBe(true);
    expect(accepts({ kind: 'resize-after-power-off', id: 42, size: 's-2vcpu-4gb', stop: 'reboot' })).toBe(false);
    expect(accepts({ kind: 'resize-after-power-off', id: 42, size: 's-2vcpu-4gb', disk: true })).toBe(true);
    expect(accepts({ kind: 'resize-after-power-off', id: 0, size: 's-2vcpu-4gb' })).toBe(false);
    expect(accepts({ kind: 'resize-after-power-off', id: 42, size: '' })).toBe(false);
    expect(accepts({ kind: 'resize-after-power-off', id: 42 })).toBe(false);
  });

  it('deletes with the named resources, or with all of them, never both', () => {
    const deleting = (resources: unknown) => accepts({ kind: 'delete-with-resources', id: 1, resources });
    expect(deleting({})).toBe(true);
    expect(deleting({ snapshots: ['101'], volumes: ['a-b'], volumeSnapshots: [], reservedIps: ['203.0.113.5'] })).toBe(true);
    expect(deleting('all')).toBe(true);
    expect(deleting('some')).toBe(false);
    expect(deleting({ all: true, snapshots: ['101'] })).toBe(false);
    expect(deleting({ snapshots: [''] })).toBe(false);
    expect(accepts({ kind: 'delete-with-resources', id: 1 })).toBe(false);
  });

  it('sends a batch to one to five hundred droplets, with what DigitalOcean runs by tag or a reboot', () => {
    const batch = (ids: unknown, action: unknown, extra: object = {}) => accepts({ kind: 'bulk-action', ids, action, ...extra });
    expect(batch([1, 2], { type: 'power_cycle' })).toBe(true);
    expect(batch([1, 2], { type: 'reboot' })).toBe(true);
    expect(batch([1], { type: 'snapshot' }, { snapshotPattern: '{droplet}-nightly' })).toBe(true);
    expect(batch([], { type: 'power_cycle' })).toBe(false);
    expect(batch(Array.from({ length: 501 }, (_, index) => index + 1), { type: 'power_cycle' })).toBe(false);
    expect(batch([0], { type: 'power_cycle' })).toBe(false);
    expect(batch([1], { type: 'rename', name: 'web-01' })).toBe(false);
    expect(batch([1], { type: 'snapshot' }, { snapshotPattern: '   ' })).toBe(false);
    expect(accepts({ kind: 'bulk-delete', ids: [1, 2, 3] })).toBe(true);
    expect(accepts({ kind: 'bulk-delete', ids: [] })).toBe(false);
  });

  it('refuses a kind it does not know and fields a kind does not take', () => {
    expect(accepts({ kind: 'destroy-everything', ids: [1] })).toBe(false);
    expect(accepts({ kind: 'bulk-delete', ids: [1], action: { type: 'power_off' } })).toBe(false);
  });

  it('names a workflow to retry or dismiss by its id', () => {
    for (const name of ['workflows.retry', 'workflows.dismiss'] as const) {
      expect(operations[name].request.safeParse({ id: 'workflow-1' }).success).toBe(true);
      expect(operations[name].request.safeParse({ id: '' }).success).toBe(false);
      expect(operations[name].request.safeParse({}).success).toBe(false);
    }
  });
});
