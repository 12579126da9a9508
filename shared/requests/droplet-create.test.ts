import { describe, expect, it } from 'vitest';
import { dropletCreateSchema, maxUserDataBytes } from './droplet-create';

const base = { names: ['web-01'], region: 'nyc3', size: 's-1vcpu-1gb', image: 'ubuntu-24-04-x64' };
const parse = (changes: Record<string, unknown>) => dropletCreateSchema.safeParse({ ...base, ...changes });
const messages = (changes: Record<string, unknown>): string[] => parse(changes).error?.issues.map((issue) => issue.message) ?? [];

describe('droplet create requests', () => {
  it.each([
    {},
    { names: ['web-01', 'web-02', 'db.internal'], image: 12345 },
    { names: Array.from({ length: 10 }, (_, index) => `web-${index}`) },
    { sshKeys: [512190, '3b:16:bf:e4:8b:00:8b:b8:59:8c:a9:d3:f0:19:45:fa'], tags: ['env:prod', 'web'] },
    { backups: true, ipv6: true, monitoring: true, vpcUuid: '760e09ef-dc84-11e8-981e-3cfdfeaae000' },
    { userData: 'é'.repeat(maxUserDataBytes / 2) },
  ])('accepts %j', (changes) => {
    expect(parse(changes).success).toBe(true);
  });

  it.each([
    [{ names: [] }, /Enter a name/],
    [{ names: ['web_01'] }, /only letters/],
    [{ names: ['web-'] }, /End the name/],
    [{ names: ['-leading-dash'] }, /Start the name/],
    [{ names: [`api.${'x'.repeat(70)}`] }, /at most 63 characters/],
    [{ names: Array.from({ length: 11 }, (_, index) => `web-${index}`) }, /at most 10/],
    [{ names: ['web-01', 'WEB-01'] }, /already in this list/],
    [{ tags: ['has space'] }, /letters, digits/],
    [{ image: 0 }, /./],
    [{ image: '' }, /Choose an image/],
    [{ region: '' }, /Choose a region/],
    [{ userData: 'é'.repeat(maxUserDataBytes / 2 + 1) }, /64 KiB/],
    [{ vpcUuid: 'default' }, /VPC/],
    [{ name: 'web-01' }, /Unrecognized key/],
  ])('refuses %j with a reason', (changes, reason) => {
    expect(messages(changes).join(' ')).toMatch(reason);
  });
});
