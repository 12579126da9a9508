import { describe, expect, test } from 'vitest';
import { AppError } from '../errors';
import { getAll, itemsAt, type PageProgress } from './pagination';
import type { HttpRequest, Transport } from './transport';

const perPage = 200;

/** A list of `total` numbered items served a page at a time; each page waits until the test lets it go. */
const fakeList = (total: number) => {
  const waiting = new Map<number, () => void>();
  const failing = new Map<number, AppError>();
  const asked: number[] = [];
  const transport: Transport = {
    send: async <T>(request: HttpRequest): Promise<T> => {
      const page = Number(request.query?.['page']);
      asked.push(page);
      if (page > 1) await new Promise<void>((resolve) => waiting.set(page, resolve));
      const failure = failing.get(page);
      if (failure) throw failure;
      const from = (page - 1) * perPage;
      const items = Array.from({ length: Math.max(0, Math.min(perPage, total - from)) }, (_, index) => from + index + 1);
      const last = Math.ceil(total / perPage);
      return { items, links: { pages: { last: `https://api.example/v2/items?page=${last}` } }, meta: { total } } as T;
    },
  };
  /** Lets the held pages answer, in the order given, one after the other. */
  const answer = async (...pages: number[]) => {
    for (const page of pages) {
      while (!waiting.has(page)) await new Promise((resolve) => setTimeout(resolve, 0));
      waiting.get(page)?.();
      waiting.delete(page);
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
  };
  return { transport, asked, answer, failing };
};

const spec = { path: '/v2/items', pick: itemsAt<number>('items') };

describe('hearing a list page by page', () => {
  test('hears page 1, then each page as it arrives (not in page order), and still answers in API order', async () => {
    const list = fakeList(1_000);
    const heard: { first: number; count: number; progress: PageProgress }[] = [];
    const all = getAll(list.transport, spec, 4, {}, (items, progress) => heard.push({ first: items[0] ?? 0, count: items.length, progress }));
    await list.answer(3, 2, 5, 4);
    const items = await all;

    expect(items).toEqual(Array.from({ length: 1_000 }, (_, index) => index + 1));
    expect(heard.map((page) => page.progress.page)).toEqual([1, 3, 2, 5, 4]);
    expect(heard.map((page) => page.progress.loadedPages)).toEqual([1, 2, 3, 4, 5]);
    expect(heard.every((page) => page.progress.pages === 5 && page.progress.total === 1_000)).toBe(true);
    expect(heard.map((page) => page.first)).toEqual([1, 401, 201, 801, 601]);
    expect(heard.reduce((sum, page) => sum + page.count, 0)).toBe(1_000);
  });

  test('a list on one page is heard once', async () => {
    const list = fakeList(7);
    const heard: PageProgress[] = [];
    expect(await getAll(list.transport, spec, 4, {}, (_items, progress) => heard.push(progress))).toHaveLength(7);
    expect(heard).toEqual([{ page: 1, loadedPages: 1, pages: 1, total: 7 }]);
  });

  test('a page that fails for good is never heard, and still fails the whole list, naming the page', async () => {
    const list = fakeList(600);
    list.failing.set(2, AppError.of('server', 'Service Unavailable', { status: 503, requestId: 'req-2' }));
    const heard: number[] = [];
    const all = getAll(list.transport, spec, 1, {}, (_items, progress) => heard.push(progress.page));
    const failed = expect(all).rejects.toMatchObject({ detail: { message: 'Could not load page 2 of 3 of /v2/items: Service Unavailable', requestId: 'req-2' } });
    await list.answer(2);
    await failed;
    expect(heard).toEqual([1]);
  });
});
