import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ActionSettled, InFlightAction, StartedAction } from '../../../shared/action-types';
import type { Action, Image } from '../../../shared/do-types';
import type { ImageRow } from '../../../shared/image-types';
import { runImageAction } from '../../../simulator/actions/image-actions';
import { startObservedCore, type ObservedCore } from '../testing/observed-core';

let harness: ObservedCore;

beforeAll(async () => {
  harness = await startObservedCore();
});

afterAll(() => harness.close());

const call = <T>(operation: string, request: unknown = {}): Promise<T> => harness.run<T>(operation, request);
const refusal = (operation: string, request: unknown) => harness.refusal(operation, request);
const advanceUntil = (done: () => boolean) => harness.advanceUntil(done);

const settledFor = (key: string): ActionSettled | undefined => harness.settled.find((event) => event.action.key === key);

const privateImage = async (name: string): Promise<ImageRow> => {
  const rows = await call<ImageRow[]>('images.list', { private: true });
  const row = rows.find((candidate) => candidate.name === name);
  if (!row) throw new Error(`the demo account has no image ${name}`);
  return row;
};

describe('listing and reading images', () => {
  it('lists the account’s own images as rows: snapshots, backups and custom images', async () => {
    const rows = await call<ImageRow[]>('images.list', { private: true });
    expect(rows.every((row) => !row.public)).toBe(true);
    expect(new Set(rows.map((row) => row.type))).toEqual(new Set(['snapshot', 'backup', 'custom']));
    expect(rows.find((row) => row.name === 'ubuntu-24.04-hardened-base')).toEqual({
      id: expect.any(Number),
      name: 'ubuntu-24.04-hardened-base',
      type: 'custom',
      distribution: 'Ubuntu',
      slug: null,
      public: false,
      regions: ['nyc3', 'fra1'],
      minDiskSize: 20,
      sizeGigabytes: 3.42,
      createdAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      status: 'available',
      errorMessage: '',
      tags: ['golden-image'],
      description: 'CIS level 1 hardened Ubuntu 24.04, built by Packer',
    });
    expect(rows.find((row) => row.name === 'windows-server-2022')).toMatchObject({ status: 'deleted', errorMessage: /not supported/ });
  });

  it('lists public distributions, and images by tag', async () => {
    const distributions = await call<ImageRow[]>('images.list', { type: 'distribution' });
    expect(distributions.length).toBeGreaterThan(0);
    expect(distributions.every((row) => row.public && row.slug)).toBe(true);
    await expect(call('images.list', { tagName: 'golden-image' })).resolves.toEqual([
      expect.objectContaining({ name: 'ubuntu-24.04-hardened-base' }),
    ]);
  });

  it('remembers the images it lists, so the tracker names work on them started elsewhere', async () => {
    const { id } = await privateImage('pfsense-2.7.2');
    const image = harness.sim.world.store.images.get(id);
    if (!image) throw new Error('pfsense-2.7.2 is not in the simulator');
    runImageAction(harness.sim.world, image, { type: 'transfer', region: 'nyc3' });
    await harness.core.tracker.resume();
    await expect(call<InFlightAction[]>('actions.tracked')).resolves.toContainEqual(
      expect.objectContaining({ type: 'transfer', startedByUser: false, resource: { type: 'image', id, name: 'pfsense-2.7.2' } }),
    );
  });

  it('reads a private image by id and a public one by slug', async () => {
    const { id } = await privateImage('pfsense-2.7.2');
    await expect(call<Image>('images.get', { id })).resolves.toMatchObject({ id, name: 'pfsense-2.7.2', type: 'custom' });
    const ubuntu = call<Image>('images.get', { slug: 'ubuntu-24-04-x64' });
    await expect(ubuntu).resolves.toMatchObject({ slug: 'ubuntu-24-04-x64', public: true });
  });
});

describe('importing a custom image', () => {
  it('follows an import by URL to available, and says so as it settles', async () => {
    const row = await call<ImageRow>('images.importCustom', {
      name: 'alpine-3.20',
      url: 'https://dl.example.com/alpine/alpine-3.20.qcow2',
      region: 'nyc3',
      distribution: 'Unknown',
      description: 'Minimal base',
      tags: ['golden-image'],
    });
    expect(row).toMatchObject({ name: 'alpine-3.20', type: 'custom', status: 'NEW', tags: ['golden-image'], description: 'Minimal base' });
    const key = `image-import:${row.id}`;
    await expect(call<InFlightAction[]>('actions.tracked')).resolves.toContainEqual(
      expect.objectContaining({
        key,
        kind: 'image-import',
        startedByUser: true,
        resource: { type: 'image', id: row.id, name: 'alpine-3.20' },
      }),
    );

    await advanceUntil(() => settledFor(key) !== undefined);
    expect(settledFor(key)).toMatchObject({ outcome: 'completed', resource: { id: row.id, name: 'alpine-3.20' } });
    await expect(call<Image>('images.get', { id: row.id })).resolves.toMatchObject({ status: 'available', regions: ['nyc3'] });
  });

  it('settles an import DigitalOcean cannot use as errored, with its message', async () => {
    // A well-formed URL on a server that never answers: the API accepts the request and the import fails later.
    const url = 'https://dl.example.invalid/debian.qcow2';
    const row = await call<ImageRow>('images.importCustom', { name: 'debian-raw', url, region: 'fra1' });
    const key = `image-import:${row.id}`;
    await advanceUntil(() => settledFor(key) !== undefined);
    expect(settledFor(key)).toMatchObject({ outcome: 'errored', errorMessage: expect.stringMatching(/could not be downloaded/) });
    await expect(call<Image>('images.get', { id: row.id })).resolves.toMatchObject({ status: 'deleted' });
  });

  it('refuses a URL that is not a disk image, or a distribution the spec does not name, before any request', async () => {
    const request = { name: 'windows', url: 'https://dl.example.com/windows.iso', region: 'nyc3' };
    const badUrl = await refusal('images.importCustom', request);
    expect(badUrl.sent).toEqual([]);
    expect(badUrl.error).toMatchObject({ kind: 'validation', issues: [{ path: 'url', message: expect.stringMatching(/disk image/) }] });

    const vhdx = { ...request, url: 'https://dl.example.com/windows.vhdx' };
    const badDistribution = await refusal('images.importCustom', { ...vhdx, distribution: 'Windows' });
    expect(badDistribution.sent).toEqual([]);
    expect(badDistribution.error).toMatchObject({ kind: 'validation', issues: [{ path: 'distribution' }] });
  });
});

describe('changing images', () => {
  it('renames a snapshot', async () => {
    const { id } = await privateImage('db-primary-before-pg16');
    const renamed = call<ImageRow>('images.update', { id, name: 'db-primary-pg15-final' });
    await expect(renamed).resolves.toMatchObject({ id, name: 'db-primary-pg15-final' });
    expect(harness.sim.world.store.images.get(id)?.name).toBe('db-primary-pg15-final');
  });

  it('changes a custom image’s description and distribution', async () => {
    const { id } = await privateImage('pfsense-2.7.2');
    const changed = call<ImageRow>('images.update', { id, description: 'Office VPN firewall', distribution: 'FreeBSD' });
    await expect(changed).resolves.toMatchObject({
      description: 'Office VPN firewall',
      distribution: 'FreeBSD',
    });
  });

  it('refuses a description for a snapshot instead of letting DigitalOcean ignore it', async () => {
    const { id } = await privateImage('api-prod-01-pre-upgrade');
    const { error, sent } = await refusal('images.update', { id, description: 'before the upgrade' });
    expect(error).toMatchObject({ kind: 'validation', message: /only custom images/, issues: [{ path: 'description' }] });
    expect(sent).toEqual(['GET /v2/images/{image_id}']);
  });

  it('refuses an empty update before any request', async () => {
    const { error, sent } = await refusal('images.update', { id: 1 });
    expect(sent).toEqual([]);
    expect(error).toMatchObject({ kind: 'validation', issues: [{ message: expect.stringMatching(/at least one/) }] });
  });
});

describe('image actions', () => {
  it('transfers a snapshot to another region and follows it until the region is added', async () => {
    const snapshot = await privateImage('api-prod-01-pre-upgrade');
    expect(snapshot.regions).not.toContain('lon1');
    const { action, tracked } = await call<StartedAction>('images.runAction', { id: snapshot.id, action: { type: 'transfer', region: 'lon1' } });
    expect(tracked).toMatchObject({ id: action.id, resource: { type: 'image', id: snapshot.id } });
    expect(action).toMatchObject({ type: 'transfer', status: 'in-progress', resource_type: 'image', resource_id: snapshot.id });
    const key = `action:${action.id}`;
    // Transfers have no prior duration, only learned ones per GB: `size-unknown` would mean the size never reached the tracker.
    await expect(call<InFlightAction[]>('actions.tracked')).resolves.toContainEqual(
      expect.objectContaining({
        key,
        resource: { type: 'image', id: snapshot.id, name: snapshot.name },
        progress: { kind: 'indeterminate', reason: 'no-basis' },
      }),
    );

    await advanceUntil(() => settledFor(key) !== undefined);
    expect(settledFor(key)).toMatchObject({ outcome: 'completed', startedByUser: true });
    const transferred = call<Image>('images.get', { id: snapshot.id });
    await expect(transferred).resolves.toMatchObject({ regions: expect.arrayContaining(['fra1', 'lon1']) });
    await expect(call<Action[]>('images.actions', { id: snapshot.id })).resolves.toContainEqual(
      expect.objectContaining({ id: action.id, type: 'transfer', status: 'completed' }),
    );

    // Completed transfers (this one, and the one adopted above) taught the account its speed per GB: the next one is estimated from them.
    const again = await call<StartedAction>('images.runAction', { id: snapshot.id, action: { type: 'transfer', region: 'sgp1' } });
    expect(again.tracked?.progress).toMatchObject({ kind: 'estimate', basis: 'learned', samples: 2 });
    await advanceUntil(() => settledFor(`action:${again.action.id}`) !== undefined);
  });

  it('refuses a transfer to a region the image is already in, before asking DigitalOcean to run it', async () => {
    const { id } = await privateImage('ubuntu-24.04-hardened-base');
    const { error, sent } = await refusal('images.runAction', { id, action: { type: 'transfer', region: 'fra1' } });
    expect(error).toMatchObject({
      kind: 'validation',
      message: 'ubuntu-24.04-hardened-base is already in fra1.',
      issues: [{ path: 'action.region' }],
    });
    expect(sent).toEqual(['GET /v2/images/{image_id}']);
  });

  it('refuses a transfer without a region before any request', async () => {
    const { error, sent } = await refusal('images.runAction', { id: 1, action: { type: 'transfer' } });
    expect(sent).toEqual([]);
    expect(error).toMatchObject({ kind: 'validation', issues: [{ path: 'action.region' }] });
  });

  it('converts a backup to a snapshot', async () => {
    const rows = await call<ImageRow[]>('images.list', { private: true });
    const backup = rows.find((row) => row.type === 'backup');
    if (!backup) throw new Error('the demo account has no backup');
    const { action } = await call<StartedAction>('images.runAction', { id: backup.id, action: { type: 'convert' } });
    expect(action).toMatchObject({ type: 'convert', status: 'in-progress' });
    await advanceUntil(() => settledFor(`action:${action.id}`) !== undefined);
    expect(settledFor(`action:${action.id}`)).toMatchObject({ outcome: 'completed', resource: { name: backup.name } });
    await expect(call<Image>('images.get', { id: backup.id })).resolves.toMatchObject({ type: 'snapshot' });
  });

  it('lists an image’s past actions', async () => {
    const { id } = await privateImage('ubuntu-24.04-hardened-base');
    const past = call<Action[]>('images.actions', { id });
    await expect(past).resolves.toEqual([expect.objectContaining({ type: 'transfer', status: 'completed' })]);
  });
});

describe('deleting images', () => {
  it('deletes a snapshot', async () => {
    const { id } = await privateImage('db-primary-2025-q1');
    await expect(call('images.delete', { id })).resolves.toEqual({ id });
    await expect(refusal('images.get', { id })).resolves.toMatchObject({ error: { kind: 'not_found' } });
  });

  it('refuses to delete a public image, in words, without sending the delete', async () => {
    const [ubuntu] = await call<ImageRow[]>('images.list', { type: 'distribution' });
    if (!ubuntu) throw new Error('the simulator lists no distributions');
    const { error, sent } = await refusal('images.delete', { id: ubuntu.id });
    const message = `${ubuntu.name} is a public DigitalOcean image: it is not the account's to delete.`;
    expect(error).toMatchObject({ kind: 'forbidden', message });
    expect(sent).toEqual(['GET /v2/images/{image_id}']);
  });

  it('passes DigitalOcean’s refusal through for an image that is gone', async () => {
    await expect(refusal('images.delete', { id: 999_999_999 })).resolves.toMatchObject({ error: { kind: 'not_found' } });
  });
});

describe('the token', () => {
  it('never shows in an answer or a log line', () => {
    expect(harness.answers.length).toBeGreaterThan(10);
    expect(JSON.stringify(harness.answers)).not.toContain(harness.token);
    expect(harness.lines.join('\n')).not.toContain(harness.token);
  });
});
