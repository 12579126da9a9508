import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DropletRow } from '../../../shared/droplet-types';
import type { ListPage, StreamedList } from '../../../shared/events';
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
/** Every row the events carried, in the list's order (part, then page), as a window puts them together. */
const inListOrder = (): { id: number }[] =>
  [...heard].sort((a, b) => a.part - b.part || a.page - b.page).flatMap((page): { id: number }[] => page.rows);
const listRequests = (path: string, from: number) => harness.exchanges.slice(from).filter((exchange) => exchange.pathname === path);

describe('a list asked for with a stream', () => {
  it('pushes one event per Droplet page (the GPU list’s included), counted as one list, and answers only with their count', async () => {
    heard.length = 0;
    const before = harness.exchanges.length;
    const answer = await harness.run<StreamedList>('droplets.list', { stream: 'w1-droplets' });
    const pages = listRequests('/v2/droplets', before);

    expect(heard).toHaveLength(pages.length);
    expect(pages).toHaveLength(9);
    expect(heard.every((page) => page.stream === 'w1-droplets' && page.list === 'droplets')).toBe(true);
    expect(heard.map((page) => page.loaded)).toEqual([...heard.map((page) => page.loaded)].sort((a, b) => a - b));
    expect(heard.at(-1)).toMatchObject({ loaded: 1_500, total: 1_500 });
    expect(heard.every((page) => page.loaded <= page.total)).toBe(true);
    // The rows are not sent twice: the answer counts what the events carried.
    expect(answer).toEqual({ streamed: 1_500 });
    // Each page is placed once: the standard list's 8 pages, then the GPU list's one.
    expect(heard.map((page) => [page.part, page.page]).sort(([a = 0, b = 0], [c = 0, d = 0]) => a - c || b - d)).toEqual([
      ...Array.from({ length: 8 }, (_, index) => [0, index + 1]),
      [1, 1],
    ]);
    // Put in order, the pages are the very list a call without a stream answers.
    const whole = await harness.run<DropletRow[]>('droplets.list');
    expect(inListOrder()).toEqual(whole);
  });

  it('pushes nothing when no stream is named, and answers with the rows', async () => {
    heard.length = 0;
    expect(await harness.run<DropletRow[]>('droplets.list')).toHaveLength(1_500);
    expect(heard).toEqual([]);
  });

  it('counts a tag’s one list alone', async () => {
    heard.length = 0;
    const answer = await harness.run<StreamedList>('droplets.list', { tagName: 'web', stream: 'tagged' });
    const streamed = heard.length;
    const rows = await harness.run<DropletRow[]>('droplets.list', { tagName: 'web' });
    expect(streamed).toBeGreaterThan(0);
    expect(answer).toEqual({ streamed: rows.length });
    expect(heard.at(-1)).toMatchObject({ loaded: rows.length, total: rows.length, part: 0 });
    expect(streamedRows()).toEqual([...rows].sort(byId));
  });

  it('pushes each page of the account’s images as rows, and answers with their count', async () => {
    heard.length = 0;
    const before = harness.exchanges.length;
    const answer = await harness.run<StreamedList>('images.list', { private: true, stream: 'images_1' });
    expect(listRequests('/v2/images', before)).toHaveLength(2);
    expect(heard.map((page) => [page.list, page.stream, page.part, page.rows.length > 0])).toEqual([
      ['images', 'images_1', 0, true],
      ['images', 'images_1', 0, true],
    ]);
    expect(heard.map((page) => page.page)).toEqual([1, 2]);
    const rows = await harness.run<ImageRow[]>('images.list', { private: true });
    expect(answer).toEqual({ streamed: rows.length });
    expect(heard.at(-1)).toMatchObject({ loaded: rows.length, total: rows.length });
    expect(inListOrder()).toEqual(rows);
  });

  it('refuses a stream name that is not short and plain, before any request', async () => {
    const { error, sent } = await harness.refusal('droplets.list', { stream: 'no spaces/or slashes' });
    expect(error.kind).toBe('validation');
    expect(sent).toEqual([]);
    expect((await harness.refusal('images.list', { stream: 'x'.repeat(65) })).error.kind).toBe('validation');
  });
});
