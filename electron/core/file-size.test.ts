import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, test } from 'vitest';
import { createFileSizeProbe } from './file-size';

let server: Server | undefined;
afterEach(async () => {
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  server = undefined;
});

/** A file host on loopback answering with `handle`; returns its base URL and what it was asked. */
const host = async (handle: (request: IncomingMessage, response: ServerResponse) => void) => {
  const seen: { method?: string; range?: string; authorization?: string }[] = [];
  server = createServer((request, response) => {
    seen.push({
      ...(request.method ? { method: request.method } : {}),
      ...(request.headers.range ? { range: request.headers.range } : {}),
      ...(request.headers.authorization ? { authorization: request.headers.authorization } : {}),
    });
    handle(request, response);
  });
  await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/disk.qcow2`, seen };
};

describe('the size of the file behind an import URL', () => {
  test('is the HEAD answer’s content-length, in one request without credentials', async () => {
    const file = await host((_request, response) => {
      response.writeHead(200, { 'content-length': '3221225472' });
      response.end();
    });
    expect(await createFileSizeProbe(fetch)(file.url)).toBe(3_221_225_472);
    expect(file.seen).toEqual([{ method: 'HEAD' }]);
  });

  test('comes from the first byte’s content-range when the host refuses HEAD (a link signed for GET)', async () => {
    const file = await host((request, response) => {
      if (request.method === 'HEAD') {
        response.writeHead(403);
        response.end();
        return;
      }
      response.writeHead(206, { 'content-range': 'bytes 0-0/1610612736', 'content-length': '1' });
      response.end('x');
    });
    expect(await createFileSizeProbe(fetch)(file.url)).toBe(1_610_612_736);
    expect(file.seen).toEqual([{ method: 'HEAD' }, { method: 'GET', range: 'bytes=0-0' }]);
  });

  test('is unknown when the host says nothing usable, ignores the range, or is gone', async () => {
    const silent = await host((request, response) => {
      // No size on HEAD; the GET ignores the range and would send the whole file (never read).
      response.writeHead(200, request.method === 'HEAD' ? {} : { 'transfer-encoding': 'chunked' });
      response.end(request.method === 'HEAD' ? undefined : 'whole file');
    });
    expect(await createFileSizeProbe(fetch)(silent.url)).toBeUndefined();
    expect(await createFileSizeProbe(fetch)('http://127.0.0.1:9/gone.qcow2')).toBeUndefined();
    expect(await createFileSizeProbe(fetch)('ftp://files.example.com/disk.img')).toBeUndefined();
    expect(await createFileSizeProbe(fetch)('not a url')).toBeUndefined();
  });

  test('gives up after its timeout instead of holding the import', async () => {
    const hanging = await host(() => undefined);
    expect(await createFileSizeProbe(fetch, { timeoutMs: 50 })(hanging.url)).toBeUndefined();
    server?.closeAllConnections();
  });
});
