import { QueryClient } from '@tanstack/react-query';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { DropletRow } from '../../shared/droplet-types';
import type { ImageRow } from '../../shared/image-types';
import { fail, ok, type PanelError, type Result } from '../../shared/result';
import { imageQueries } from '../catalog/queries';
import { dropletQueries } from '../features/droplets/queries';
import { manyDropletRows } from '../testing/droplet-samples';
import { emit, replyWith, resetFakeBridge } from '../testing/fake-bridge';
import { sampleImageRow } from '../testing/image-samples';
import { listProgressStore } from './list-progress';

vi.mock('../bridge', () => import('../testing/fake-bridge'));

const rows = manyDropletRows(6);
const list = dropletQueries.list(null);
const progress = () => listProgressStore.get(list.queryKey);
const shown = (client: QueryClient) => client.getQueryData<DropletRow[]>(list.queryKey)?.map((row) => row.id);

/** `droplets.list` answered by the test: pages pushed with `page`, the whole list with `finish`, a failure with `failWith`. */
const scriptedList = () => {
  const calls: { stream: string; answer: (result: Result<DropletRow[]>) => void }[] = [];
  replyWith('droplets.list', (request) => new Promise((answer) => calls.push({ stream: request.stream ?? '', answer })));
  const latest = async () => {
    await vi.waitFor(() => expect(calls.length).toBeGreaterThan(0));
    return calls.at(-1) as (typeof calls)[number];
  };
  return {
    calls,
    page: async (pageRows: DropletRow[], loaded: number, total: number, stream?: string) =>
      emit('lists.page', { stream: stream ?? (await latest()).stream, list: 'droplets', rows: pageRows, loaded, total }),
    finish: async (all: DropletRow[]) => (await latest()).answer(ok(all)),
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

describe('a list loaded for the first time', () => {
  it('shows each page as it arrives, then the whole list the call answers with', async () => {
    const script = scriptedList();
    const fetched = client.fetchQuery(list);
    await script.page(rows.slice(0, 2), 2, 6);
    expect(shown(client)).toEqual([rows[0]?.id, rows[1]?.id]);
    expect(progress()).toEqual({ loaded: 2, total: 6, loading: { replacing: false } });

    await script.page(rows.slice(2, 4), 4, 6);
    expect(shown(client)).toHaveLength(4);
    expect(progress()).toMatchObject({ loaded: 4, total: 6 });

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
    const script = scriptedList();
    const fetched = client.fetchQuery(list);
    await script.page(rows.slice(0, 2), 2, 6);
    const created = { ...(rows[4] as DropletRow), name: 'just-created', status: 'active' as const };
    client.setQueryData<DropletRow[]>(list.queryKey, (held) => [...(held ?? []), created]);
    await script.page(rows.slice(2, 5), 5, 6);
    const data = client.getQueryData<DropletRow[]>(list.queryKey) ?? [];
    expect(data.filter((row) => row.id === created.id)).toEqual([created]);
    expect(data).toHaveLength(5);
    await script.finish(rows);
    await fetched;
  });

  it('ignores pages of a stream it did not start (another window’s)', async () => {
    const script = scriptedList();
    const fetched = client.fetchQuery(list);
    // Once this window's own stream has started (after asking for the last-known list).
    await vi.waitFor(() => expect(script.calls).toHaveLength(1));
    await script.page(rows.slice(0, 3), 3, 6, 'another-window');
    expect(shown(client)).toBeUndefined();
    expect(progress()).toEqual({ loaded: 0, total: 0, loading: { replacing: false } });
    await script.finish(rows);
    await fetched;
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
    expect(shown(client)).toEqual([rows[0]?.id, rows[1]?.id]);
    expect(progress()).toEqual({ loaded: 3, total: 6, loading: { replacing: true }, incomplete: pageFailure });
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
  it('writes rows only when they at least double what is shown, so 50 pages cost a handful of redraws, and loses none', async () => {
    const many = manyDropletRows(1_000);
    const script = scriptedList();
    const fetched = client.fetchQuery(list);
    const lengths: number[] = [];
    const unsubscribe = client.getQueryCache().subscribe((event) => {
      if (event.type === 'updated' && event.action.type === 'success') lengths.push(client.getQueryData<DropletRow[]>(list.queryKey)?.length ?? 0);
    });
    for (let page = 0; page < 10; page += 1) await script.page(many.slice(page * 100, page * 100 + 100), page * 100 + 100, 1_000);
    expect(lengths).toEqual([100, 200, 400, 800]);
    expect(progress()).toMatchObject({ loaded: 1_000, total: 1_000 });
    await script.finish(many);
    await fetched;
    unsubscribe();
    expect(lengths.at(-1)).toBe(1_000);
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
    await script.page(rows.slice(3, 5), 2, 6);
    expect(client.getQueryData(list.queryKey)).toBe(lastKnown);
    expect(progress()).toEqual({ loaded: 2, total: 6, loading: { replacing: true } });
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
    let answer: (result: Result<ImageRow[]>) => void = () => undefined;
    replyWith('images.list', (request) => {
      calls.push(request);
      return new Promise((resolve) => (answer = resolve));
    });
    const images = imageQueries.list({ private: true });
    const fetched = client.fetchQuery(images);
    await vi.waitFor(() => expect(calls).toHaveLength(1));
    expect(calls[0]).toEqual({ private: true, stream: expect.stringMatching(/^[A-Za-z0-9_-]{1,64}$/) });
    emit('lists.page', { stream: calls[0]?.stream ?? '', list: 'images', rows: [sampleImageRow], loaded: 1, total: 2 });
    expect(client.getQueryData(images.queryKey)).toEqual([sampleImageRow]);
    expect(listProgressStore.get(images.queryKey)).toMatchObject({ loaded: 1, total: 2 });
    const second = { ...sampleImageRow, id: sampleImageRow.id + 1 };
    answer(ok([sampleImageRow, second]));
    expect(await fetched).toEqual([sampleImageRow, second]);
    expect(listProgressStore.get(images.queryKey)).toBeUndefined();
  });
});
