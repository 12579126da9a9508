import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { protocol } from 'electron';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { contentSecurityPolicy } from '../core/csp';
import { createLogger } from '../core/log';
import { createAppRequestHandler, registerAppProtocol, registerAppScheme } from './protocol';

vi.mock('electron', () => ({ protocol: { handle: vi.fn(), registerSchemesAsPrivileged: vi.fn() } }));

let base: string;
let handle: (request: Request) => Promise<Response>;

beforeAll(async () => {
  // base/dist is the served root; base/package.json is what a traversal would try to reach.
  base = await mkdtemp(path.join(os.tmpdir(), 'app-protocol-'));
  const root = path.join(base, 'dist');
  await mkdir(path.join(root, 'assets'), { recursive: true });
  await writeFile(path.join(root, 'index.html'), '<!doctype html><title>panel</title>');
  await writeFile(path.join(root, 'assets', 'app.js'), 'console.log("app")');
  await writeFile(path.join(root, 'assets', 'app.css'), 'body{}');
  await writeFile(path.join(base, 'package.json'), '{"secret":true}');
  await symlink(path.join(base, 'package.json'), path.join(root, 'assets', 'linked.json'));
  handle = createAppRequestHandler(root, createLogger('test', { sink: () => undefined }));
});

afterAll(async () => {
  await rm(base, { recursive: true, force: true });
});

const get = (url: string, method = 'GET') => handle(new Request(url, { method }));

describe('the app:// request handler', () => {
  it('serves the UI entry with its content type and the production CSP', async () => {
    const response = await get('app://panel/index.html');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(contentSecurityPolicy({ connectSrc: [] }));
    expect(response.headers.get('content-security-policy')).toContain("connect-src 'none'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toContain('<title>panel</title>');
  });

  it('serves assets with their content types', async () => {
    const script = await get('app://panel/assets/app.js');
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await script.text()).toBe('console.log("app")');
    expect((await get('app://panel/assets/app.css')).headers.get('content-type')).toBe('text/css; charset=utf-8');
  });

  it('answers client-side routes with index.html', async () => {
    const response = await get('app://panel/droplets/123');
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<title>panel</title>');
  });

  it('answers HEAD without a body', async () => {
    const response = await get('app://panel/index.html', 'HEAD');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await response.text()).toBe('');
  });

  it.each([
    ['a dot-dot path', 'app://panel/../package.json'],
    ['an encoded dot-dot', 'app://panel/%2e%2e%2fpackage.json'],
    ['an upper-case encoded dot-dot', 'app://panel/%2E%2E/package.json'],
    ['an encoded backslash', 'app://panel/..%5cpackage.json'],
    ['a nested encoded escape', 'app://panel/assets/%2e%2e%2f%2e%2e%2fpackage.json'],
    ['a NUL byte', 'app://panel/index.html%00.js'],
    ['a malformed escape', 'app://panel/%E0%A4%A'],
    ['a symlink out of the root', 'app://panel/assets/linked.json'],
    ['a missing asset', 'app://panel/assets/missing.js'],
    ['another host', 'app://evil/index.html'],
    ['a host that only starts like ours', 'app://panel.evil/index.html'],
  ])('refuses %s with 404', async (_what, url) => {
    const response = await get(url);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('secret');
    expect(response.headers.get('content-security-policy')).toContain("default-src 'none'");
  });

  it.each(['POST', 'PUT', 'DELETE', 'OPTIONS'])('refuses %s with 405', async (method) => {
    const response = await get('app://panel/index.html', method);
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('GET, HEAD');
  });
});

describe('registration', () => {
  it('makes the scheme standard and secure, with fetch', () => {
    registerAppScheme();
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledExactlyOnceWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
  });

  it('handles the app scheme', () => {
    registerAppProtocol(base, createLogger('test', { sink: () => undefined }));
    expect(protocol.handle).toHaveBeenCalledExactlyOnceWith('app', expect.any(Function));
  });
});
