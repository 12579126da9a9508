import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  dropletActionByTagSchema,
  dropletActionSchema,
  isTagActionType,
  tagActionTypes,
  type DropletActionByTagRequest,
  type TagActionType,
} from './droplet-actions';

const parse = (value: unknown) => dropletActionSchema.safeParse(value);

describe('droplet action requests', () => {
  it.each([
    { type: 'power_off' },
    { type: 'reboot' },
    { type: 'resize', size: 's-2vcpu-4gb' },
    { type: 'resize', size: 's-2vcpu-4gb', disk: true },
    { type: 'rebuild', image: 'ubuntu-24-04-x64' },
    { type: 'rebuild', image: 12345 },
    { type: 'rename', name: 'web-02' },
    { type: 'snapshot' },
    { type: 'snapshot', name: 'web-01-2026-11-22' },
    { type: 'enable_backups' },
    { type: 'enable_backups', backup_policy: { plan: 'weekly', weekday: 'TUE', hour: 8 } },
    { type: 'change_backup_policy', backup_policy: { plan: 'daily', hour: 20 } },
    { type: 'restore', image: 42 },
    { type: 'change_kernel', kernel: 9301 },
  ])('accepts %j', (body) => {
    expect(parse(body).success).toBe(true);
  });

  it.each([
    [{ type: 'destroy' }, 'no such action (deletion is DELETE, not an action)'],
    [{ type: 'resize' }, 'resize without a size'],
    [{ type: 'rename', name: 'web_02' }, 'a name the API refuses'],
    [{ type: 'restore', image: 'backup' }, 'restore takes a backup id'],
    [{ type: 'change_backup_policy' }, 'a policy change without a policy'],
    [{ type: 'enable_backups', backup_policy: { plan: 'daily', hour: 3 } }, 'an hour outside the 4-hour windows'],
    [{ type: 'power_off', force: true }, 'unexpected fields'],
  ])('refuses %j: %s', (body: unknown, _why: string) => {
    expect(parse(body).success).toBe(false);
  });

  it('explains a refused rename in words', () => {
    const result = parse({ type: 'rename', name: 'web-' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/End the name with a letter or a digit/);
  });

  it.each([
    ['-leading-dash', /Start the name with a letter or a digit/],
    ['x'.repeat(70), /at most 63 characters/],
  ])('refuses a rename to %s, as the form does, before the API', (name, reason) => {
    const result = parse({ type: 'rename', name });
    expect(result.error?.issues[0]?.message).toMatch(reason);
  });

  it('knows which actions run by tag', () => {
    expect(isTagActionType('snapshot')).toBe(true);
    expect(isTagActionType('reboot')).toBe(false);
    expect(isTagActionType('resize')).toBe(false);
  });

  it('takes by tag exactly the types the API runs by tag, each as a single Droplet would', () => {
    expectTypeOf<DropletActionByTagRequest['type']>().toEqualTypeOf<TagActionType>();
    for (const type of tagActionTypes) {
      expect(dropletActionByTagSchema.safeParse(type === 'enable_backups' ? { type, backup_policy: { plan: 'daily' } } : { type }).success).toBe(true);
    }
    expect(dropletActionByTagSchema.safeParse({ type: 'snapshot', name: 'nightly' }).success).toBe(true);
    expect(dropletActionByTagSchema.safeParse({ type: 'snapshot', name: '' }).success).toBe(false);
  });

  it.each(['reboot', 'resize', 'rename', 'destroy'])('refuses %s by tag, naming the types it may use', (type) => {
    const result = dropletActionByTagSchema.safeParse({ type });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/^By tag, DigitalOcean runs only .*power_cycle/);
  });
});
