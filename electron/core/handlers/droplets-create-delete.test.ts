import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CreatedDroplets, DropletRow } from '../../../shared/droplet-types';
import { startObservedCore, type ObservedCore } from '../testing/observed-core';

let harness: ObservedCore;

beforeAll(async () => {
  harness = await startObservedCore();
});

afterAll(() => harness.close());

const idOf = (name: string): number => {
  const droplet = [...harness.sim.state.droplets.values()].find((candidate) => candidate.name === name);
  if (!droplet) throw new Error(`no Droplet ${name}`);
  return droplet.id;
};

const exists = (id: number): boolean => harness.sim.state.droplets.has(id);

const create = { region: 'fra1', size: 's-1vcpu-1gb', image: 'ubuntu-24-04-x64' };

describe('creating Droplets', () => {
  it.each([
    [{ names: ['web_01'] }, 'names.0'],
    [{ names: Array.from({ length: 11 }, (_, index) => `web-${index}`) }, 'names'],
    [{ names: ['web-01', 'web-01'] }, 'names.1'],
    [{ names: ['web-01'], tags: ['bad tag'] }, 'tags.0'],
  ])('refuses %j before asking DigitalOcean anything', async (names, path) => {
    const { error, sent } = await harness.refusal('droplets.create', { ...create, ...names });
    expect(error.kind).toBe('validation');
    expect(error.issues?.map((issue) => issue.path)).toContain(path);
    expect(sent).toEqual([]);
  });

  it('creates one Droplet with `name` and follows its create action', async () => {
    const before = harness.exchanges.length;
    const created = await harness.run<CreatedDroplets>('droplets.create', { ...create, names: ['solo-01'], tags: ['solo'], userData: '#cloud-config\n' });
    expect(harness.exchanges.slice(before).map((exchange) => `${exchange.method} ${exchange.pathname}`)).toEqual(['POST /v2/droplets']);
    expect(created.droplets).toEqual([expect.objectContaining({ name: 'solo-01', status: 'new', tags: ['solo'], region: expect.objectContaining({ slug: 'fra1' }) })]);
    expect(created.actions).toEqual([
      {
        action: expect.objectContaining({ type: 'create', status: 'in-progress', resource_type: 'droplet', resource_id: created.droplets[0]?.id }),
        tracked: expect.objectContaining({ type: 'create', startedByUser: true, resource: { type: 'droplet', id: created.droplets[0]?.id, name: 'solo-01' } }),
      },
    ]);
  });

  it('creates two Droplets with `names` and follows both until they are active', async () => {
    const created = await harness.run<CreatedDroplets>('droplets.create', { ...create, names: ['batch-01', 'batch-02'], ipv6: true });
    expect(created.droplets.map((droplet) => droplet.name)).toEqual(['batch-01', 'batch-02']);
    expect(created.actions.map((started) => started.tracked?.resource)).toEqual(
      created.droplets.map((droplet) => ({ type: 'droplet', id: droplet.id, name: droplet.name })),
    );
    const ids = created.actions.map((started) => started.action.id);
    await harness.advanceUntil(() => ids.every((id) => harness.settled.some((event) => event.action.id === id && event.outcome === 'completed')));
    const rows = await harness.run<DropletRow[]>('droplets.list');
    expect(rows.filter((row) => row.name.startsWith('batch-')).map((row) => [row.status, row.ipv6Enabled])).toEqual([
      ['active', true],
      ['active', true],
    ]);
  });
});

describe('deleting Droplets', () => {
  it('deletes one with DELETE, never with an action', async () => {
    const id = idOf('solo-01');
    const before = harness.exchanges.length;
    await expect(harness.run('droplets.delete', { id })).resolves.toEqual({ id });
    expect(harness.exchanges.slice(before).map((exchange) => `${exchange.method} ${exchange.route}`)).toEqual(['DELETE /v2/droplets/{droplet_id}']);
    expect(exists(id)).toBe(false);
    const { error } = await harness.refusal('droplets.delete', { id });
    expect(error.kind).toBe('not_found');
  });

  it('deletes every Droplet with a tag', async () => {
    const ids = [idOf('batch-01'), idOf('batch-02')];
    await harness.run('tags.create', { name: 'doomed' });
    await harness.run('tags.tagResources', { name: 'doomed', resources: ids.map((id) => ({ resource_id: String(id), resource_type: 'droplet' })) });
    await expect(harness.run('droplets.deleteByTag', { tagName: 'doomed' })).resolves.toEqual({ tagName: 'doomed' });
    expect(ids.some(exists)).toBe(false);
  });

  it('never shows the token in an answer or a log line', () => {
    expect(JSON.stringify(harness.answers)).not.toContain(harness.token);
    expect(harness.lines.join('\n')).not.toContain(harness.token);
  });
});
