import { describe, expect, expectTypeOf, it } from 'vitest';
import type { Distribution } from '../do-types';
import type { distributions } from '../image-types';
import { catalogOperations } from './catalog';
import { actionOperations } from './actions';
import { imageOperations } from './images';

const accepts = (schema: { safeParse(value: unknown): { success: boolean } }, value: unknown) => schema.safeParse(value).success;

describe('image operation requests', () => {
  it('lists the distributions exactly as the wire type names them', () => {
    expectTypeOf<(typeof distributions)[number]>().toEqualTypeOf<Distribution>();
  });

  it('filters images by kind, ownership or tag', () => {
    const list = imageOperations['images.list'].request;
    for (const good of [{}, { type: 'distribution' }, { private: true }, { tagName: 'golden-image' }]) {
      expect(accepts(list, good)).toBe(true);
    }
    for (const bad of [{ type: 'snapshot' }, { private: false }, { tagName: 'has space' }, { page: 2 }]) {
      expect(accepts(list, bad)).toBe(false);
    }
  });

  it('finds an image by id or by a public slug, never both or neither', () => {
    const get = imageOperations['images.get'].request;
    expect(accepts(get, { id: 42 })).toBe(true);
    expect(accepts(get, { slug: 'ubuntu-24-04-x64' })).toBe(true);
    for (const bad of [{}, { id: 42, slug: 'ubuntu-24-04-x64' }, { id: 0 }, { id: 1.5 }, { slug: '12345' }, { slug: '../x' }]) {
      expect(accepts(get, bad), JSON.stringify(bad)).toBe(false);
    }
  });

  it('imports from a disk image URL into a region, with a distribution the spec names', () => {
    const importCustom = imageOperations['images.importCustom'].request;
    const request = { name: ' pfsense ', url: ' https://example.com/pfsense.img.gz ', region: 'ams3' };
    expect(importCustom.parse(request)).toEqual({ name: 'pfsense', url: 'https://example.com/pfsense.img.gz', region: 'ams3' });
    expect(accepts(importCustom, { ...request, distribution: 'FreeBSD', description: 'Firewall', tags: ['network'] })).toBe(true);
    for (const bad of [
      { ...request, url: 'https://example.com/windows.iso' },
      { ...request, url: 'ftp://example.com/disk.img' },
      { ...request, distribution: 'Windows' },
      { ...request, region: 'New York 3' },
      { ...request, name: '  ' },
      { ...request, tags: ['bad tag'] },
      { name: 'x', url: request.url },
    ]) {
      expect(accepts(importCustom, bad), JSON.stringify(bad)).toBe(false);
    }
  });

  it('explains a refused URL in words', () => {
    const request = { name: 'w', url: 'https://example.com/w.iso', region: 'nyc3' };
    const result = imageOperations['images.importCustom'].request.safeParse(request);
    expect(result.error?.issues[0]?.message).toMatch(/raw, qcow2, vhdx, vdi, vmdk/);
  });

  it('updates at least one field', () => {
    const update = imageOperations['images.update'].request;
    expect(accepts(update, { id: 1, name: 'renamed' })).toBe(true);
    expect(accepts(update, { id: 1, distribution: 'Debian' })).toBe(true);
    expect(imageOperations['images.update'].request.safeParse({ id: 1 }).error?.issues[0]?.message).toMatch(/at least one/);
    expect(accepts(update, { id: 1, name: '' })).toBe(false);
    expect(accepts(update, { id: 1, distribution: 'Windows' })).toBe(false);
  });

  it('runs a transfer only with a region, and a conversion with nothing else', () => {
    const run = imageOperations['images.runAction'].request;
    expect(accepts(run, { id: 1, action: { type: 'transfer', region: 'fra1' } })).toBe(true);
    expect(accepts(run, { id: 1, action: { type: 'convert' } })).toBe(true);
    for (const action of [{ type: 'transfer' }, { type: 'convert', region: 'fra1' }, { type: 'snapshot' }]) {
      expect(accepts(run, { id: 1, action }), JSON.stringify(action)).toBe(false);
    }
  });

  it('names snapshots by number or UUID', () => {
    const get = imageOperations['snapshots.get'].request;
    for (const id of [7, '7', 'fbe805e8-866b-11e6-96bf-000f53315a41']) expect(accepts(get, { id })).toBe(true);
    for (const id of ['', 'abc', '7/../8', -1]) expect(accepts(get, { id })).toBe(false);
    expect(accepts(imageOperations['snapshots.list'].request, { resourceType: 'volume' })).toBe(true);
    expect(accepts(imageOperations['snapshots.list'].request, { resourceType: 'image' })).toBe(false);
  });
});

describe('catalogue and history requests', () => {
  it('takes nothing for the catalogue', () => {
    expect(accepts(catalogOperations['catalog.regions'].request, {})).toBe(true);
    expect(accepts(catalogOperations['catalog.sizes'].request, { region: 'nyc3' })).toBe(false);
  });

  it('pages the history from 1, at most 200 a page, 20 unless asked', () => {
    const history = actionOperations['actions.history'].request;
    expect(history.parse({})).toEqual({ page: 1, perPage: 20 });
    expect(history.parse({ page: 3, perPage: 200 })).toEqual({ page: 3, perPage: 200 });
    for (const bad of [{ page: 0 }, { perPage: 201 }, { perPage: 0 }, { page: 1.5 }]) expect(accepts(history, bad)).toBe(false);
  });
});
