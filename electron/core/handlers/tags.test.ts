import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Tag } from '../../../shared/do-types';
import type { DropletRow } from '../../../shared/droplet-types';
import { startObservedCore, type ObservedCore } from '../testing/observed-core';

let harness: ObservedCore;

beforeAll(async () => {
  harness = await startObservedCore();
});

afterAll(() => harness.close());

const tagged = async (tagName: string): Promise<string[]> =>
  (await harness.run<DropletRow[]>('droplets.list', { tagName })).map((row) => row.name).sort();

describe('tags', () => {
  it('lists the account’s tags with their resource counts', async () => {
    const tags = await harness.run<Tag[]>('tags.list');
    expect(tags.find((tag) => tag.name === 'env:prod')?.resources?.droplets?.count).toBeGreaterThan(1);
  });

  it('creates a tag, tags and untags Droplets with it, and deletes it', async () => {
    const [web1, web2] = (await harness.run<DropletRow[]>('droplets.list', { tagName: 'web' })).filter((row) => row.name.startsWith('web-prod'));
    const resources = [web1, web2].map((row) => ({ resource_id: String(row?.id), resource_type: 'droplet' }));
    await expect(harness.run<Tag>('tags.create', { name: 'team:frontend' })).resolves.toMatchObject({ name: 'team:frontend' });
    await expect(harness.run('tags.tagResources', { name: 'team:frontend', resources })).resolves.toEqual({ name: 'team:frontend' });
    expect(await tagged('team:frontend')).toEqual(['web-prod-01', 'web-prod-02']);
    await expect(harness.run('tags.untagResources', { name: 'team:frontend', resources: resources.slice(1) })).resolves.toEqual({ name: 'team:frontend' });
    expect(await tagged('team:frontend')).toEqual(['web-prod-01']);
    await expect(harness.run('tags.delete', { name: 'team:frontend' })).resolves.toEqual({ name: 'team:frontend' });
    expect((await harness.run<Tag[]>('tags.list')).map((tag) => tag.name)).not.toContain('team:frontend');
  });

  it.each([
    ['tags.create', { name: 'has space' }],
    ['tags.delete', { name: '' }],
    ['tags.tagResources', { name: 'web', resources: [] }],
    ['tags.untagResources', { name: 'web', resources: [{ resource_id: '1', resource_type: 'database' }] }],
    ['droplets.list', { tagName: 'dot.ted' }],
  ])('refuses %s %j before asking DigitalOcean anything', async (operation, request) => {
    const { error, sent } = await harness.refusal(operation, request);
    expect(error.kind).toBe('validation');
    expect(sent).toEqual([]);
  });

  it('passes on DigitalOcean’s refusal to tag what does not exist', async () => {
    const { error } = await harness.refusal('tags.tagResources', { name: 'web', resources: [{ resource_id: '999999999', resource_type: 'droplet' }] });
    expect(error).toMatchObject({ kind: 'not_found', requestId: expect.any(String) });
  });

  it('never shows the token in an answer or a log line', () => {
    expect(JSON.stringify(harness.answers)).not.toContain(harness.token);
    expect(harness.lines.join('\n')).not.toContain(harness.token);
  });
});
