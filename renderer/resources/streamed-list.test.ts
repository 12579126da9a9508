import { QueryClient } from '@tanstack/react-query';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DropletRow } from '../../shared/droplet-types';
import type { StreamedList } from '../../shared/events';
import type { ImageRow } from '../../shared/image-types';
import { fail, ok, type PanelError, type Result } from '../../shared/result';
import { imageQueries } from '../catalog/queries';
import { dropletQueries } from '../features/droplets/queries';
import { manyDropletRows } from '../testing/droplet-samples';
import { emit, replyWith, resetFakeBridge } from '../testing/fake-bridge';
import { sampleImageRow } from '../testing/image-samples';
import { listProgressStore } from './list-progress';
import { LATE_PAGES_MS } from './streamed-list';

vi.mock('../bridge', () => import('../testing/fake-bridge'));

const rows = manyDropletRows(6);
const list = dropletQueries.list(null);
const progress = () => listProgressStore.get(list.queryKey);
const shown = (client: QueryClient) => client.getQueryData<DropletRow[]>(list.queryKey)?.map((row) => row.id);

/**
 * `droplets.list` answered by the test: pages pushed with `page` (numbered 1, 2, … of part 0 unless
 * `at` says where), the count of rows streamed with `finish` (as the main side answers), the whole
 * list with `answerRows` (as a call without a stream is answered), a failure with `failWith`.
 */
const scriptedList = () => {
  const calls: { stream?: string | undefined; answer: (result: Result<DropletRow[] | StreamedList>) => void }[] = [];
  replyWith('droplets.list', (request) => new Promise((answer) => calls.push({ stream: request.stream, answer })));
  const latest = async () => {
    await vi.waitFor(() => expect(calls.length).toBeGreaterThan(0));
    return calls.at(-1) as (typeof calls)[number];
  };
  let pages = 0;
  return {
    calls,
    page: async (pageRows: DropletRow[], loaded: number, total: number, stream?: string, at?: { part: number; page: number }) => {
      pages += 1;
      emit('lists.page', { stream: stream ?? (await latest()).stream ?? '', list: 'droplets', ...(at ?? { part: 0, page: pages }), rows: pageRows, loaded, total });
    },
    finish: async (all: readonly DropletRow[]) => (await latest()).answer(ok({ streamed: all.length })),
    answerRows: async (all: DropletRow[]) => (await latest()).answer(ok(all)),
    failWith: async (error: PanelError) => (await latest()).answer(fail(error)),
  };
};

const pageFailure: PanelError = { kind: 'unavailable', message: 'Could not load page 2 of 3 of /v2/droplets: Service Unavailable', status: 503, requestId: 'req-17' };

let client: QueryClient;
beforeEach(() => {
  resetFakeBridge();
  client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  listProgressStore.set(list.queryKey, undefined);
});
afterEach(() => vi.useRealTimers());

describe('a list loaded for the first time', () => {
  it('shows each page as it arrives, then the whole list the call answers with', async () => {
    const script = scriptedList();
    const fetched = client.fetchQuery(list);
    await script.page(rows.slice(0, 2), 2, 6);
    expect(shown(client)).toEqual([rows[0]?.id, rows[1]?.id]);
    expect(progress()).toEqual({ loaded: 2, total: 6, loading: { replacing: false } });

    await script.page(rows.slice(2, 4), 4, 6);
    await script.page(rows.slice(4, 6), 6, 6);
    expect(progress()).toMatchObject({ loaded: 6, total: 6 });

    // The whole list is in the cache by the time the progress is cleared: never part of it shown as all.
    const unsubscribe = listProgressStore.subscribe(() => {
      if (progress() === undefined) expect(shown(client)).toEqual(rows.map((row) => row.id));
    });
    await script.finish(rows);
    unsubscribe();
    expect((await fetched).map((row) => row.id)).toEqual(rows.map((row) => row.id));
    expect(shown(client)).toEqual(rows.map((row) => row.id));
    expect(progress()).toBeUndefined();
  });

  it('keeps a row a settle patched in while pages came, once, as the settle wrote it', async () => {
    const twelve = manyDropletRows(12);
    const script = scriptedList();
    const fetched = client.fetchQuery(list);
    await script.page(twelve.slice(0, 2), 2, 12);
    const created = { ...(twelve[4] as DropletRow), name: 'just-created', status: 'active' as const };
    client.setQueryData<DropletRow[]>(list.queryKey, (held) => [...(held ?? []), created]);
    // Three rows shown and ten more arrived: more than four times as many, so they are written now.
    await script.page(twelve.slice(2, 12), 12, 12);
    const data = client.getQueryData<DropletRow[]>(list.queryKey) ?? [];
    expect(data.filter((row) => row.id === created.id)).toEqual([created]);
    expect(data).toHaveLength(12);
    await script.finish(twelve);
    await fetched;
  });

  it('puts the whole list together from its pages in the list’s order (part, then page), not the order they arrived in', async () => {
    const script = scriptedList();
    const fetched = client.fetchQuery(list);
    await script.page(rows.slice(0, 2), 2, 6, undefined, { part: 0, page: 1 });
    await script.page(rows.slice(4, 6), 4, 6, undefined, { part: 1, page: 1 });
    await script.page(rows.slice(2, 4), 6, 6, undefined, { part: 0, page: 2 });
    await script.finish(rows);
    expect((await fetched).map((row) => row.id)).toEqual(rows.map((row) => row.id));
    expect(shown(client)).toEqual(rows.map((row) => row.id));
    expect(script.calls).toHaveLength(1);
  });

  it('takes a page that comes after the answer (in the desktop app they travel as different messages)', async () => {
    const script = scriptedList();
    const fetched = client.fetchQuery(list);
    await script.page(rows.slice(0, 4), 4, 6);
    await script.finish(rows);
    await script.page(rows.slice(4, 6), 6, 6);
    expect((await fetched).map((row) => row.id)).toEqual(rows.map((row) => row.id));
    expect(script.calls).toHaveLength(1);
  });

  it('asks once more, without a stream, when the answer counts rows still not heard a moment later, rather than show the list short', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const script = scriptedList();
    const fetched = client.fetchQuery(list);
    await script.page(rows.slice(0, 2), 2, 6);
    await script.page(rows.slice(4, 6), 4, 6);
    await script.finish(rows);
    await vi.advanceTimersByTimeAsync(LATE_PAGES_MS - 1);
    expect(script.calls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    vi.useRealTimers();
    await vi.waitFor(() => expect(script.calls).toHaveLength(2));
    expect(script.calls[1]?.stream).toBeUndefined();
    expect(progress()).toMatchObject({ loading: { replacing: false } });
    await script.answerRows(rows);
    expect((await fetched).map((row) => row.id)).toEqual(rows.map((row) => row.id));
    expect(progress()).toBeUndefined();
  });

  it('takes the rows themselves when the answer carries them (a main side that does not stream)', async () => {
    const script = scriptedList();
    const fetched = client.fetchQuery(list);
    await script.answerRows(rows);
    expect((await fetched).map((row) => row.id)).toEqual(rows.map((row) => row.id));
    expect(script.calls).toHaveLength(1);
  });

  it('ignores pages of a stream it did not start (another window’s)', async () => {
    const script = scriptedList();
    const fetched = client.fetchQuery(list);
    // Once this window's own stream has started (after asking for the last-known list).
    await vi.waitFor(() => expect(script.calls).toHaveLength(1));
    await script.page(rows.slice(0, 3), 3, 6, 'another-window');
    expect(shown(client)).toBeUndefined();
    expect(progress()).toEqual({ loaded: 0, total: 0, loading: { replacing: false } });
    await script.page(rows, 6, 6);
    await script.finish(rows);
    expect(await fetched).toHaveLength(6);
    // The other window's rows were not counted as heard, or the list would have been asked for again.
    expect(script.calls).toHaveLength(1);
  });

  it('keeps the rows shown when a page fails for good, marked incomplete with the error, until a retry brings the whole list', async () => {
    const script = scriptedList();
    const fetched = client.fetchQuery(list);
    await script.page(rows.slice(0, 2), 2, 6);
    await script.failWith(pageFailure);
    await expect(fetched).rejects.toThrow('Could not load page 2 of 3');
    expect(shown(client)).toEqual([rows[0]?.id, rows[1]?.id]);
    expect(progress()).toEqual({ loaded: 2, total: 6, incomplete: pageFailure });

    // The retry keeps the partial rows (and says they are partial) until the whole list replaces them.
    const retried = client.fetchQuery({ ...list, staleTime: 0 });
    await vi.waitFor(() => expect(script.calls).toHaveLength(2));
    await script.page(rows.slice(0, 3), 3, 6);
    await script.page(rows.slice(3, 6), 6, 6);
    expect(shown(client)).toEqual([rows[0]?.id, rows[1]?.id]);
    expect(progress()).toEqual({ loaded: 6, total: 6, loading: { replacing: true }, incomplete: pageFailure });
    await script.finish(rows);
    await retried;
    expect(shown(client)).toHaveLength(6);
    expect(progress()).toBeUndefined();
  });

  it('leaves nothing behind when it fails before any row arrived: the list’s own error says it', async () => {
    const script = scriptedList();
    const fetched = client.fetchQuery(list);
    await script.failWith({ kind: 'unauthorized', message: 'Unable to authenticate you' });
    await expect(fetched).rejects.toThrow('Unable to authenticate you');
    expect(progress()).toBeUndefined();
  });
});

describe('a long list loaded for the first time', () => {
  it('writes the first page at once, then rows only once they make the list four times as long: 50 pages of 200 cost four writes, and lose none', async () => {
    const many = manyDropletRows(10_000);
    const script = scriptedList();
    const fetched = client.fetchQuery(list);
    const lengths: number[] = [];
    const unsubscribe = client.getQueryCache().subscribe((event) => {
      if (event.type === 'updated' && event.action.type === 'success') lengths.push(client.getQueryData<DropletRow[]>(list.queryKey)?.length ?? 0);
    });
    // What the screen hears of the progress: every 5% of the list, each write and the last page, not every page.
    const said: number[] = [];
    const unheard = listProgressStore.subscribe(() => said.push(progress()?.loaded ?? -1));
    for (let page = 0; page < 50; page += 1) await script.page(many.slice(page * 200, page * 200 + 200), page * 200 + 200, 10_000);
    unheard();
    expect(lengths).toEqual([200, 800, 3_200]);
    expect(progress()).toMatchObject({ loaded: 10_000, total: 10_000 });
    // 0: the fetch has started (with nothing yet); then page 1, the write at 800, and every 5% (500 rows) after.
    expect(said.slice(0, 5)).toEqual([0, 200, 800, 1_400, 2_000]);
    expect(said).toContain(3_200);
    expect(said.at(-1)).toBe(10_000);
    expect(said.length).toBeLessThanOrEqual(22);
    await script.finish(many);
    expect(await fetched).toHaveLength(10_000);
    unsubscribe();
    // The answer's write is the fourth, and the last: the query's own success writes the same array again.
    expect(lengths.slice(0, 4)).toEqual([200, 800, 3_200, 10_000]);
    expect(new Set(lengths.slice(3))).toEqual(new Set([10_000]));
    expect(shown(client)).toEqual(many.map((row) => row.id));
  });

  it('shows every row that arrived when a page then fails for good', async () => {
    const many = manyDropletRows(1_000);
    const script = scriptedList();
    const fetched = client.fetchQuery(list);
    for (let page = 0; page < 5; page += 1) await script.page(many.slice(page * 100, page * 100 + 100), page * 100 + 100, 1_000);
    expect(shown(client)).toHaveLength(400);
    await script.failWith(pageFailure);
    await expect(fetched).rejects.toThrow();
    expect(shown(client)).toHaveLength(500);
    expect(progress()).toMatchObject({ loaded: 500, total: 1_000, incomplete: pageFailure });
  });
});

describe('a list refreshed while rows are shown', () => {
  it('keeps the shown rows until the whole list replaces them, never a half list', async () => {
    const script = scriptedList();
    const lastKnown = rows.slice(0, 3);
    client.setQueryData(list.queryKey, lastKnown);
    const fetched = client.fetchQuery({ ...list, staleTime: 0 });
    await script.page(rows.slice(0, 2), 2, 6);
    await script.page(rows.slice(2, 6), 6, 6);
    expect(client.getQueryData(list.queryKey)).toBe(lastKnown);
    expect(progress()).toEqual({ loaded: 6, total: 6, loading: { replacing: true } });
    await script.finish(rows);
    await fetched;
    expect(shown(client)).toEqual(rows.map((row) => row.id));
    expect(progress()).toBeUndefined();
  });

  it('says nothing of its own when the refresh fails: the shown list was whole, and the refresh-failed note speaks', async () => {
    const script = scriptedList();
    client.setQueryData(list.queryKey, rows);
    const fetched = client.fetchQuery({ ...list, staleTime: 0 });
    await script.page(rows.slice(0, 2), 2, 6);
    await script.failWith(pageFailure);
    await expect(fetched).rejects.toThrow();
    expect(shown(client)).toHaveLength(6);
    expect(progress()).toBeUndefined();
  });
});

describe('the image list', () => {
  it('is streamed by the same factory, asking images.list with its filter and a stream', async () => {
    const calls: { stream?: string; private?: true }[] = [];
    let answer: (result: Result<ImageRow[] | StreamedList>) => void = () => undefined;
    replyWith('images.list', (request) => {
      calls.push(request);
      return new Promise((resolve) => (answer = resolve));
    });
    const images = imageQueries.list({ private: true });
    const fetched = client.fetchQuery(images);
    await vi.waitFor(() => expect(calls).toHaveLength(1));
    expect(calls[0]).toEqual({ private: true, stream: expect.stringMatching(/^[A-Za-z0-9_-]{1,64}$/) });
    emit('lists.page', { stream: calls[0]?.stream ?? '', list: 'images', part: 0, page: 1, rows: [sampleImageRow], loaded: 1, total: 2 });
    expect(client.getQueryData(images.queryKey)).toEqual([sampleImageRow]);
    expect(listProgressStore.get(images.queryKey)).toMatchObject({ loaded: 1, total: 2 });
    const second = { ...sampleImageRow, id: sampleImageRow.id + 1 };
    emit('lists.page', { stream: calls[0]?.stream ?? '', list: 'images', part: 0, page: 2, rows: [second], loaded: 2, total: 2 });
    answer(ok({ streamed: 2 }));
    expect(await fetched).toEqual([sampleImageRow, second]);
    expect(listProgressStore.get(images.queryKey)).toBeUndefined();
  });
});
