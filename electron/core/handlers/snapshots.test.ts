import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Snapshot } from '../../../shared/do-types';
import { startSimulatedCore, type SimulatedCore } from '../testing/simulated-core';

let harness: SimulatedCore;

beforeAll(async () => {
  harness = await startSimulatedCore();
});

afterAll(() => harness.close());

const list = async (request: unknown = {}): Promise<Snapshot[]> => (await harness.call('snapshots.list', request)) as Snapshot[];

const named = async (name: string): Promise<Snapshot> => {
  const snapshot = (await list()).find((candidate) => candidate.name === name);
  if (!snapshot) throw new Error(`the demo account has no snapshot ${name}`);
  return snapshot;
};

describe('snapshots', () => {
  it('lists the account’s Droplet snapshots, and no volume snapshots where there are no volumes', async () => {
    const snapshots = await list();
    const names = snapshots.map((snapshot) => snapshot.name);
    expect(names).toEqual(expect.arrayContaining(['db-primary-before-pg16', 'api-prod-01-pre-upgrade']));
    expect(snapshots.every((snapshot) => snapshot.resource_type === 'droplet' && /^\d+$/.test(snapshot.id))).toBe(true);
    await expect(list({ resourceType: 'droplet' })).resolves.toHaveLength(snapshots.length);
    await expect(list({ resourceType: 'volume' })).resolves.toEqual([]);
  });

  it('reads one by the id the list gave, or by number', async () => {
    const { id, name } = await named('db-primary-before-pg16');
    await expect(harness.call('snapshots.get', { id })).resolves.toMatchObject({ id, name });
    await expect(harness.call('snapshots.get', { id: Number(id) })).resolves.toMatchObject({ id, name });
  });

  it('passes DigitalOcean’s refusal through for an image that is not a snapshot', async () => {
    const rows = (await harness.call('images.list', { private: true })) as { id: number; type: string }[];
    const custom = rows.find((row) => row.type === 'custom');
    await expect(harness.call('snapshots.get', { id: custom?.id })).rejects.toMatchObject({ detail: { kind: 'validation', status: 400 } });
  });

  it('deletes a snapshot', async () => {
    const { id } = await named('db-primary-2025-q1');
    await expect(harness.call('snapshots.delete', { id: Number(id) })).resolves.toEqual({ id });
    await expect(harness.call('snapshots.get', { id })).rejects.toMatchObject({ detail: { kind: 'not_found' } });
    expect((await list()).map((snapshot) => snapshot.id)).not.toContain(id);
  });

  it('never logs the token', () => {
    expect(harness.lines.join('\n')).not.toContain(harness.token);
  });
});
