import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DropletRow } from '../../../shared/droplet-types';
import type { ListPage } from '../../../shared/events';
import type { ImageRow } from '../../../shared/image-types';
import { startObservedCore, type ObservedCore } from '../testing/observed-core';

let harness: ObservedCore;
const heard: ListPage[] = [];

beforeAll(async () => {
  // 1,500 Droplets (8 pages) and about 300 images of the account's own (2 pages).
  harness = await startObservedCore({ seed: 'large:1500' });
  harness.core.events.subscribe((event, payload) => {
    if (event === 'lists.page') heard.push(payload as ListPage);
  });
});

afterAll(() => harness.close());

const byId = (a: { id: number }, b: { id: number }) => a.id - b.id;
/** Every row the events carried, in id order. */
const streamedRows = (): { id: number }[] => heard.flatMap((page): { id: number }[] => page.rows).sort(byId);
const listRequests = (path: string, from: number) => harness.exchanges.slice(from).filter((exchange) => exchange.pathname === path);

describe('a list asked for with a stream', () => {
  it('pushes one event per Droplet page (the GPU list’s included), counted as one list, and still answers with the whole list', async () => {
    heard.length = 0;
    const before = harness.exchanges.length;
    const rows = await harness.run<DropletRow[]>('droplets.list', { stream: 'w1-droplets' });
    const pages = listRequests('/v2/droplets', before);

    expect(heard).toHaveLength(pages.length);
    expect(pages).toHaveLength(9);
    expect(heard.every((page) => page.stream === 'w1-droplets' && page.list === 'droplets')).toBe(true);
    expect(heard.map((page) => page.loaded)).toEqual([...heard.map((page) => page.loaded)].sort((a, b) => a - b));
    expect(heard.at(-1)).toMatchObject({ loaded: 1_500, total: 1_500 });
    expect(heard.every((page) => page.loaded <= page.total)).toBe(true);
    expect(streamedRows()).toEqual([...rows].sort(byId));
    expect(rows).toHaveLength(1_500);
  });

  it('pushes nothing when no stream is named', async () => {
    heard.length = 0;
    expect(await harness.run<DropletRow[]>('droplets.list')).toHaveLength(1_500);
    expect(heard).toEqual([]);
  });

  it('counts a tag’s one list alone', async () => {
    heard.length = 0;
    const rows = await harness.run<DropletRow[]>('droplets.list', { tagName: 'web', stream: 'tagged' });
    expect(heard.length).toBeGreaterThan(0);
    expect(heard.at(-1)).toMatchObject({ loaded: rows.length, total: rows.length });
    expect(streamedRows()).toEqual([...rows].sort(byId));
  });

  it('pushes each page of the account’s images as rows, and answers with all of them', async () => {
    heard.length = 0;
    const before = harness.exchanges.length;
    const rows = await harness.run<ImageRow[]>('images.list', { private: true, stream: 'images_1' });
    expect(listRequests('/v2/images', before)).toHaveLength(2);
    expect(heard.map((page) => [page.list, page.stream, page.rows.length > 0])).toEqual([
      ['images', 'images_1', true],
      ['images', 'images_1', true],
    ]);
    expect(heard.at(-1)).toMatchObject({ loaded: rows.length, total: rows.length });
    expect(streamedRows()).toEqual([...rows].sort(byId));
  });

  it('refuses a stream name that is not short and plain, before any request', async () => {
    const { error, sent } = await harness.refusal('droplets.list', { stream: 'no spaces/or slashes' });
    expect(error.kind).toBe('validation');
    expect(sent).toEqual([]);
    expect((await harness.refusal('images.list', { stream: 'x'.repeat(65) })).error.kind).toBe('validation');
  });
});
