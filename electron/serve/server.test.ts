import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { request as httpRequest, type IncomingHttpHeaders, type OutgoingHttpHeaders } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket, type ClientOptions } from 'ws';
import { createLogger } from '../core/log';
import { createCore, type Core } from '../core/services';
import { offlineCoreDeps } from '../core/testing/core-test-deps';
import { startPanelServer, type PanelServer } from './server';
import { maxFrameBytes } from './socket-bridge';

interface Reply {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

const indexHtml = '<!doctype html><title>panel</title>';
const secret = 'TOP SECRET, outside the root';

let base = '';
let server: PanelServer;
let core: Core;
const logLines: string[] = [];

const quietLog = createLogger('test', { sink: (_level, line) => logLines.push(line) });

const send = (target: string, { method = 'GET', headers = {} }: { method?: string; headers?: OutgoingHttpHeaders } = {}) =>
  new Promise<Reply>((resolve, reject) => {
    const request = httpRequest({ host: '127.0.0.1', port: server.port, method, path: target, headers, agent: false }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks).toString('utf8') }),
      );
    });
    request.on('error', reject);
    request.end();
  });

const cookie = (): string => `panel_key_${server.port}=${server.key}`;
const withCookie = (headers: OutgoingHttpHeaders = {}): { headers: OutgoingHttpHeaders } => ({
  headers: { cookie: cookie(), ...headers },
});

const socketUrl = (): string => `ws://127.0.0.1:${server.port}/bridge`;
const trustedSocket = (): ClientOptions => ({ origin: server.origin, headers: { cookie: cookie() } });

/** Resolves with 101 once the socket opens (and closes it), or with the refusal's status. */
const upgradeStatus = (options: ClientOptions, url = socketUrl()) =>
  new Promise<number>((resolve, reject) => {
    const socket = new WebSocket(url, options);
    socket.once('open', () => {
      socket.close();
      resolve(101);
    });
    socket.once('unexpected-response', (request, response) => {
      response.resume();
      request.destroy();
      resolve(response.statusCode ?? 0);
    });
    socket.once('error', reject);
  });

const openSocket = () =>
  new Promise<WebSocket>((resolve, reject) => {
    const socket = new WebSocket(socketUrl(), trustedSocket());
    socket.once('open', () => resolve(socket));
    socket.once('error', reject);
  });

const nextMessage = (socket: WebSocket) =>
  new Promise<unknown>((resolve) => socket.once('message', (data) => resolve(JSON.parse(String(data)))));

const closeCode = (socket: WebSocket) => new Promise<number>((resolve) => socket.once('close', (code) => resolve(code)));

const call = async (socket: WebSocket, message: unknown): Promise<unknown> => {
  const answer = nextMessage(socket);
  socket.send(JSON.stringify(message));
  return answer;
};

beforeAll(async () => {
  base = await mkdtemp(path.join(tmpdir(), 'panel-serve-'));
  const root = path.join(base, 'dist');
  await mkdir(path.join(root, 'assets'), { recursive: true });
  await writeFile(path.join(root, 'index.html'), indexHtml);
  await writeFile(path.join(root, 'assets', 'app.js'), 'console.log("app");');
  await writeFile(path.join(base, 'secret.txt'), secret);
  core = createCore({
    runtime: 'browser',
    name: 'DigitalOcean Panel',
    version: '0.0.0-test',
    env: {},
    versions: { node: process.versions.node },
    platform: process.platform,
    log: quietLog,
    ...offlineCoreDeps(),
  });
  server = await startPanelServer({ root, core, port: 0, host: '127.0.0.1', log: quietLog });
});

afterAll(async () => {
  await server.close();
  await rm(base, { recursive: true, force: true });
});

describe('startPanelServer', () => {
  it('listens on a loopback port and names the address with its key', () => {
    expect(server.port).toBeGreaterThan(0);
    expect(server.origin).toBe(`http://127.0.0.1:${server.port}`);
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/?key=${server.key}`);
    expect(server.key).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });
});

describe('HTTP access', () => {
  it('refuses a request without the key with 401 and an explanation, still under the CSP', async () => {
    const reply = await send('/');
    expect(reply.status).toBe(401);
    expect(reply.body).toContain('the terminal printed');
    expect(reply.body).not.toContain('panel</title>');
    expect(reply.headers['content-security-policy']).toContain("default-src 'none'");
  });

  it('trades the key for a cookie, then serves the UI under its CSP', async () => {
    const handover = await send(`/?key=${server.key}`);
    expect(handover.status).toBe(303);
    expect(handover.headers.location).toBe('/');
    expect(handover.headers['set-cookie']).toEqual([`panel_key_${server.port}=${server.key}; HttpOnly; SameSite=Strict; Path=/`]);

    const page = await send('/', { headers: { cookie: String(handover.headers['set-cookie']?.[0]).split(';')[0] } });
    expect(page.status).toBe(200);
    expect(page.body).toBe(indexHtml);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.headers['cache-control']).toBe('no-store');
    expect(page.headers['content-security-policy']).toContain(`connect-src ws://127.0.0.1:${server.port};`);
    expect(page.headers['x-frame-options']).toBe('DENY');
  });

  it('serves assets, client routes and HEAD', async () => {
    const asset = await send('/assets/app.js', withCookie());
    expect(asset).toMatchObject({ status: 200, body: 'console.log("app");' });
    expect(asset.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(asset.headers['cache-control']).toBeUndefined();
    expect(await send('/droplets/42', withCookie())).toMatchObject({ status: 200, body: indexHtml });
    const head = await send('/assets/app.js', { method: 'HEAD', ...withCookie() });
    expect(head).toMatchObject({ status: 200, body: '' });
    expect(head.headers['content-length']).toBe('19');
  });

  it('refuses a wrong key with 401', async () => {
    expect((await send('/?key=not-the-key')).status).toBe(401);
    expect((await send('/', { headers: { cookie: `panel_key_${server.port}=not-the-key` } })).status).toBe(401);
  });

  it.each(['evil.example', 'localhost', '127.0.0.2'])('refuses a Host of %s (DNS rebinding)', async (name) => {
    const reply = await send(`/?key=${server.key}`, withCookie({ host: `${name}:${server.port}` }));
    expect(reply.status).toBe(421);
    expect(reply.headers['set-cookie']).toBeUndefined();
    expect(reply.body).not.toContain('panel</title>');
  });

  it('refuses a foreign Origin with 403', async () => {
    const reply = await send('/', withCookie({ origin: 'http://evil.example' }));
    expect(reply.status).toBe(403);
    expect(reply.body).not.toContain('panel</title>');
  });

  it.each(['/../package.json', '/%2e%2e/%2e%2e/etc/passwd', '/../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt'])(
    'answers %s with a bare 404',
    async (target) => {
      const reply = await send(target, withCookie());
      expect(reply.status).toBe(404);
      expect(reply.body).toBe('Not found.\n');
    },
  );

  it('refuses every method but GET and HEAD with 405', async () => {
    for (const method of ['POST', 'PUT', 'DELETE', 'OPTIONS']) {
      const reply = await send('/', { method, ...withCookie() });
      expect(reply.status).toBe(405);
      expect(reply.headers.allow).toBe('GET, HEAD');
    }
  });

  it('does not hand out the cookie to a POST', async () => {
    const reply = await send(`/?key=${server.key}`, { method: 'POST' });
    expect(reply.status).toBe(405);
    expect(reply.headers['set-cookie']).toBeUndefined();
  });
});

describe('WebSocket access', () => {
  it('refuses an upgrade without the cookie', async () => {
    expect(await upgradeStatus({ origin: server.origin })).toBe(401);
  });

  it('refuses an upgrade from a foreign Origin or without one', async () => {
    expect(await upgradeStatus({ origin: 'http://evil.example', headers: { cookie: cookie() } })).toBe(403);
    expect(await upgradeStatus({ headers: { cookie: cookie() } })).toBe(403);
  });

  it('refuses an upgrade addressed to a foreign Host', async () => {
    expect(await upgradeStatus({ ...trustedSocket(), headers: { cookie: cookie(), host: `localhost:${server.port}` } })).toBe(421);
  });

  it('accepts the served UI with its cookie, on the bridge path only', async () => {
    expect(await upgradeStatus(trustedSocket())).toBe(101);
    expect(await upgradeStatus(trustedSocket(), `ws://127.0.0.1:${server.port}/elsewhere`)).toBe(404);
  });
});

describe('WebSocket bridge', () => {
  it('runs a call through the core and answers with its result', async () => {
    const socket = await openSocket();
    expect(await call(socket, { type: 'call', id: 1, op: 'app.info', request: {} })).toEqual({
      type: 'result',
      id: 1,
      result: { ok: true, value: expect.objectContaining({ runtime: 'browser', name: 'DigitalOcean Panel' }) },
    });
    socket.close();
  });

  it('answers an invalid request, an unknown operation and a wrong shape with validation errors', async () => {
    const socket = await openSocket();
    const validation = { ok: false, error: expect.objectContaining({ kind: 'validation' }) };
    expect(await call(socket, { type: 'call', id: 2, op: 'app.info', request: { unexpected: 1 } })).toEqual({
      type: 'result',
      id: 2,
      result: validation,
    });
    expect(await call(socket, { type: 'call', id: 3, op: 'vault.getToken', request: {} })).toEqual({
      type: 'result',
      id: 3,
      result: validation,
    });
    expect(await call(socket, { id: 4, op: 'app.info', request: {} })).toEqual({ type: 'result', id: 4, result: validation });
    socket.close();
  });

  it('closes a socket that sends something unanswerable with 1008, and keeps serving', async () => {
    for (const junk of ['this is not JSON', Buffer.from([1, 2, 3]), '{"type":"call","op":"app.info"}']) {
      const socket = await openSocket();
      const closed = closeCode(socket);
      socket.send(junk, { binary: Buffer.isBuffer(junk) });
      expect(await closed).toBe(1008);
    }
    const socket = await openSocket();
    expect(await call(socket, { type: 'call', id: 5, op: 'accounts.current', request: {} })).toMatchObject({ id: 5, result: { ok: true } });
    socket.close();
  });

  it('closes a socket that sends a frame over the size limit with 1009, and keeps serving', async () => {
    const socket = await openSocket();
    const closed = closeCode(socket);
    socket.send(JSON.stringify({ type: 'call', id: 6, op: 'app.info', request: { pad: 'x'.repeat(maxFrameBytes) } }));
    expect(await closed).toBe(1009);
    const next = await openSocket();
    expect(await call(next, { type: 'call', id: 7, op: 'app.info', request: {} })).toMatchObject({ id: 7, result: { ok: true } });
    next.close();
  });

  it('pushes core events to every open socket, and stops after close', async () => {
    const [first, second] = await Promise.all([openSocket(), openSocket()]);
    const payload = { activeId: null };
    const received = Promise.all([nextMessage(first), nextMessage(second)]);
    core.events.emit('account.changed', payload);
    expect(await received).toEqual([
      { type: 'event', event: 'account.changed', payload },
      { type: 'event', event: 'account.changed', payload },
    ]);
    const closed = closeCode(first);
    first.close();
    await closed;
    const stillOpen = nextMessage(second);
    core.events.emit('app.navigate', { area: 'images' });
    expect(await stillOpen).toEqual({ type: 'event', event: 'app.navigate', payload: { area: 'images' } });
    second.close();
  });

  it('never writes the key to the log', () => {
    expect(logLines.length).toBeGreaterThan(0);
    expect(logLines.join('\n')).not.toContain(server.key);
  });
});

describe('closing', () => {
  it('tells open sockets the server is going away and stops listening', async () => {
    const root = path.join(base, 'dist');
    const own = await startPanelServer({ root, core, port: 0, host: '127.0.0.1', log: quietLog, key: 'fixed-test-key' });
    const socket = new WebSocket(`ws://127.0.0.1:${own.port}/bridge`, {
      origin: own.origin,
      headers: { cookie: `panel_key_${own.port}=fixed-test-key` },
    });
    await new Promise((resolve) => socket.once('open', resolve));
    const closed = closeCode(socket);
    await own.close();
    expect(await closed).toBe(1001);
    const refused = new Promise<string>((resolve) =>
      httpRequest({ host: '127.0.0.1', port: own.port, path: '/' }).once('error', (error: NodeJS.ErrnoException) => resolve(String(error.code))).end(),
    );
    expect(await refused).toBe('ECONNREFUSED');
  });
});
